package io.pinpipe.topics.view;

import io.pinpipe.connections.view.ConnectionFormViewModel;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
import io.pinpipe.core.Tone;
import io.pinpipe.workbench.SandboxControl;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The Topics pane as the window lists it. */
public final class TopicsPane extends SidebarPane {

    public static final String KEY = "topics";

    private static final PaneInfo INFO = new PaneInfo(KEY, "Topics", Feather.LAYERS,
            "List, inspect, create and change topics; peek at messages", PaneGroup.CLUSTER);

    private TopicsViewModel model;

    public TopicsPane() {
        super(INFO);
    }

    @Override
    public void install(Workbench bench) {
        model = new TopicsViewModel(bench.services().kafka(), bench.async(), bench.navigator());
    }

    @Override
    public Region view(Workbench bench) {
        var services = bench.services();
        var view = new TopicsView(info().title(), info().subtitle(), model,
                () -> new ConnectionFormViewModel(services.connections(), services.passwords(), bench.async()));
        var state = bench.state(info().key());
        state.showConnection(model.connectionLine(), model.connectionTone());
        state.onKey(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusFilter);
        state.onKey(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), view::openCreateTopic);
        state.onKey(new KeyCodeCombination(KeyCode.F5), model::open);
        followSandbox(bench.sandbox());
        return view;
    }

    /**
     * The sandbox started (e.g. by itself when the window opened) or moved to another port: Topics lists again.
     * Text and tone change one after the other, so both are watched and read together.
     */
    private void followSandbox(SandboxControl sandbox) {
        var seen = new SimpleStringProperty(running(sandbox) ? sandbox.connectionText().get() : "");
        InvalidationListener changed = obs -> {
            var text = sandbox.connectionText().get();
            if (!running(sandbox)) {
                seen.set("");
            } else if (!text.equals(seen.get())) {
                seen.set(text);
                model.sandboxRuns();
            }
        };
        sandbox.connectionText().addListener(changed);
        sandbox.connectionTone().addListener(changed);
    }

    private static boolean running(SandboxControl sandbox) {
        return sandbox.connectionTone().get() == Tone.OK;
    }

    @Override
    public void shownAgain() {
        model.open();
    }

    /** Selected before the pane shows, so it opens on this connection rather than on its last one. */
    @Override
    public void open(Navigator.Target target) {
        var connection = target.connection();
        if (!model.connections().contains(connection)) {
            model.connections().add(connection);
        }
        model.connectionProperty().set(connection);
    }
}
