package io.pinpipe.insights.view;

import io.pinpipe.settings.EmulatorChoices;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

import java.util.Optional;

/** The Insights pane as the window lists it: the pipeline's eight questions answered live while events arrive. */
public final class InsightsPane extends SidebarPane {

    public static final String KEY = "insights";

    private static final PaneInfo INFO = new PaneInfo(KEY, "Insights", Feather.BAR_CHART_2,
            "The pipeline's questions answered live from its topics", PaneGroup.PIPELINE);

    private InsightsViewModel model;

    public InsightsPane() {
        super(INFO);
    }

    @Override
    public void install(Workbench bench) {
        var services = bench.services();
        var kafka = services.kafka();
        var connections = new ConnectionList(kafka.catalog(), bench.async(), "No connection yet. Add one in the Topics"
                + " pane (" + bench.navigator().shortcut("topics") + "), or start the local sandbox.");
        model = new InsightsViewModel(connections, bench.async(), InsightsSource.over(kafka),
                () -> Optional.ofNullable(services.settings().get().emulator()).map(EmulatorChoices::prefix)
                        .filter(prefix -> !prefix.isBlank()));
        // A run still going is closed before the window lets go of its broker (waiting a few seconds at most).
        bench.beforeClose(model::close);
    }

    @Override
    public Region view(Workbench bench) {
        var state = bench.state(info().key());
        state.showActivity(model.activity(), model.activityTone());
        state.showConnection(model.connections().line(), model.connections().tone());
        model.open();
        return new InsightsView(info().title(), info().subtitle(), model);
    }

    @Override
    public void shownAgain() {
        model.open();
    }

    /** Sent here with a connection and (from the Emulator, while it streams) a prefix: filled in and read at once. */
    @Override
    public void open(Navigator.Target target) {
        model.openTarget(target, target.prefix().isPresent());
    }
}
