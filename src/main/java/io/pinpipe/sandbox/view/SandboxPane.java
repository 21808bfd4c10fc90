package io.pinpipe.sandbox.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The Sandbox pane as the window lists it; it offers the sandbox broker to the other panes and the status bar. */
public final class SandboxPane extends SidebarPane {

    private static final PaneInfo INFO = new PaneInfo("sandbox", "Sandbox", Feather.BOX,
            "A local Kafka broker and a sample database, for work without AWS", PaneGroup.LOCAL);

    private BrokerViewModel broker;
    private SampleDatabaseViewModel database;

    public SandboxPane() {
        super(INFO);
    }

    @Override
    public void install(Workbench bench) {
        var services = bench.services();
        broker = new BrokerViewModel(services.sandbox(), services.settings(), bench.async());
        database = new SampleDatabaseViewModel(services.sampleDatabase(), bench.async());
        // A stopped broker leaves the sandbox's client retrying nothing: close it, off the FX thread (an admin client's
        // close waits up to 5 s). Not when the address is first learnt: Topics may be listing with that client then.
        // A broker that moved gets a new client anyway, the next time its connection asks for one.
        broker.bootstrapProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && !old.isEmpty()) {
                bench.async().job("Closing the sandbox's client", p -> {
                    services.clients().forget(Connection.LOCAL_SANDBOX);
                    return old;
                }).start();
            }
        });
        bench.offerSandbox(broker);
    }

    @Override
    public Region view(Workbench bench) {
        var navigator = bench.navigator();
        return new SandboxView(info().title(), info().subtitle(), broker, database, bench.sandboxUsers(),
                navigator.shortcut(SandboxNextStep.EMULATOR), () -> navigator.show(SandboxNextStep.EMULATOR,
                        Navigator.Target.connection(Connection.localSandbox(broker.bootstrapProperty().get()))));
    }

    /** The embedded default: a newcomer gets a running broker and sample data with no setup. */
    @Override
    public void windowShown() {
        if (broker.startsOnOpen()) {
            broker.start();
            database.create();
        } else {
            broker.refresh();
        }
    }
}
