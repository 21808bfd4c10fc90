package io.pinpipe.topics.view;

import io.pinpipe.connections.view.ConnectionFormViewModel;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
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
        bench.sandbox().followRuns(model::sandboxRuns);
        return view;
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
