package io.pinpipe.messages.view;

import io.pinpipe.messages.filter.SavedFilters;
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

import java.time.Clock;

/** The Messages pane as the window lists it: browse, search and tail a topic's messages. */
public final class MessagesPane extends SidebarPane {

    public static final String KEY = "messages";

    private static final PaneInfo INFO = new PaneInfo(KEY, "Messages", Feather.INBOX,
            "Browse, search and tail a topic's messages", PaneGroup.CLUSTER);

    private MessagesViewModel model;

    public MessagesPane() {
        super(INFO);
    }

    @Override
    public void install(Workbench bench) {
        var saved = new SavedFilterList(new SavedFilters(bench.services().paths().configDir()), bench.async());
        model = new MessagesViewModel(bench.services().kafka(), bench.async(), bench.navigator(), saved,
                Clock.systemDefaultZone());
        // A tail still reading when the window closes ends first, while its broker is still there.
        bench.beforeClose(model::stop);
    }

    @Override
    public Region view(Workbench bench) {
        var view = new MessagesView(info().title(), info().subtitle(), model);
        var state = bench.state(info().key());
        state.showConnection(model.connectionLine(), model.connectionTone());
        state.showActivity(model.activity(), model.activityTone());
        state.onKey(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusFilter);
        state.onKey(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), model::run);
        state.onKey(new KeyCodeCombination(KeyCode.F5), model::run);
        bench.sandbox().followRuns(model::sandboxRuns);
        model.open();
        return view;
    }

    @Override
    public void shownAgain() {
        model.open();
    }

    /** Selected before the pane shows: this connection and, when given, this topic. */
    @Override
    public void open(Navigator.Target target) {
        model.openTarget(target);
    }
}
