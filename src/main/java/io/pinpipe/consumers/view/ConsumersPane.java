package io.pinpipe.consumers.view;

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

import java.time.Duration;

/** The Consumers pane as the window lists it: consumer groups, their lag, offset resets. */
public final class ConsumersPane extends SidebarPane {

    public static final String KEY = "consumers";

    /** How often the lag chart samples the selected group while the pane shows. */
    public static final Duration SAMPLE_PERIOD = Duration.ofSeconds(5);

    private static final PaneInfo INFO = new PaneInfo(KEY, "Consumers", Feather.USERS,
            "Consumer groups, their lag, offset resets", PaneGroup.CLUSTER);

    private final Duration samplePeriod;
    private ConsumersViewModel model;

    public ConsumersPane() {
        this(SAMPLE_PERIOD);
    }

    /** With another sample period for the lag chart, e.g. a short one in tests. */
    public ConsumersPane(Duration samplePeriod) {
        super(INFO);
        this.samplePeriod = samplePeriod;
    }

    @Override
    public void install(Workbench bench) {
        model = new ConsumersViewModel(bench.services().kafka(), bench.async(), bench.navigator(), samplePeriod);
    }

    @Override
    public Region view(Workbench bench) {
        var view = new ConsumersView(info().title(), info().subtitle(), model);
        var state = bench.state(info().key());
        state.showConnection(model.connectionLine(), model.connectionTone());
        state.onKey(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusFilter);
        state.onKey(new KeyCodeCombination(KeyCode.F5), model::open);
        bench.sandbox().followRuns(model::sandboxRuns);
        return view;
    }

    @Override
    public void shownAgain() {
        model.open();
    }

    /** Selected before the pane shows: this connection, and the target's group once the groups are listed. */
    @Override
    public void open(Navigator.Target target) {
        model.openTarget(target);
    }
}
