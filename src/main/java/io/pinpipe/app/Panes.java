package io.pinpipe.app;

import io.pinpipe.clusters.view.ClustersView;
import io.pinpipe.clusters.view.ClustersViewModel;
import io.pinpipe.core.Tone;
import io.pinpipe.emulator.view.EmulatorView;
import io.pinpipe.emulator.view.EmulatorViewModel;
import io.pinpipe.emulator.view.RunMemory;
import io.pinpipe.sandbox.view.BrokerViewModel;
import io.pinpipe.sandbox.view.SampleDatabaseViewModel;
import io.pinpipe.sandbox.view.SandboxView;
import io.pinpipe.connections.view.ConnectionFormViewModel;
import io.pinpipe.topics.view.TopicsView;
import io.pinpipe.topics.view.TopicsViewModel;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** Builds each pane on first visit, and owns the view models that outlive a pane switch. */
final class Panes {

    private final AppContext context;
    private final MainViewModel main;
    private final BrokerViewModel broker;
    private final SampleDatabaseViewModel database;
    private final TopicsViewModel topics;
    private final EmulatorViewModel emulator;

    Panes(AppContext context, MainViewModel main) {
        this.context = context;
        this.main = main;
        this.broker = new BrokerViewModel(context.sandbox(), context.settings(), context.async());
        this.database = new SampleDatabaseViewModel(context.sampleDatabase(), context.async());
        this.topics = new TopicsViewModel(context.connections(), context.topicAdmins(), context.async(),
                () -> context.sandbox().bootstrap().isPresent(), context::secretsFor);
        this.emulator = new EmulatorViewModel(context.connections(), context::secretsFor, context.sampleDatabase(),
                broker::whenRunning, context.async(), System::getenv, new RunMemory(
                () -> context.settings().get().emulator(),
                choices -> context.settings().update(s -> s.withEmulator(choices))));
        context.beforeClose(emulator::close);
    }

    /** Once the window is on screen: started earlier, the broker's JVM and the sample data slow its first frame. */
    void windowShown() {
        if (context.settings().get().startsSandboxOnOpen() && broker.port().valid()) {
            // The embedded default: a newcomer gets a running broker and sample data with no setup.
            broker.start();
            database.create();
        } else {
            broker.refresh();
        }
    }

    ObservableStringValue connectionText() {
        return broker.connectionText();
    }

    ObservableObjectValue<Tone> connectionTone() {
        return broker.connectionTone();
    }

    /** A pane shown again reads fresh state: the sandbox may have started or moved meanwhile. */
    void shownAgain(PaneId pane) {
        if (pane == PaneId.TOPICS) {
            topics.open();
        } else if (pane == PaneId.EMULATOR) {
            emulator.open();
        }
    }

    Node build(PaneId pane) {
        javafx.scene.layout.Region view = switch (pane) {
            case CLUSTERS -> new ClustersView(pane.title(), pane.subtitle(), new ClustersViewModel(context.mskGateways(),
                    context.settings(), context.connections(), context::secretsFor, context.async(), connection -> {
                        // Selected before the switch, so Topics opens on it rather than on its last connection.
                        if (!topics.connections().contains(connection)) {
                            topics.connections().add(connection);
                        }
                        topics.connectionProperty().set(connection);
                        main.paneProperty().set(PaneId.TOPICS);
                    }));
            case TOPICS -> new TopicsView(pane.title(), pane.subtitle(), topics,
                    () -> new ConnectionFormViewModel(context.connections(), context.passwords(), context.async()));
            case EMULATOR -> new EmulatorView(pane.title(), pane.subtitle(), emulator);
            case SANDBOX -> new SandboxView(pane.title(), pane.subtitle(), broker, database);
        };
        view.setId("pane-" + pane.key());
        return view;
    }
}
