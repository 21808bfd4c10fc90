package io.pinpipe.emulator.view;

import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.SidebarPane;
import io.pinpipe.workbench.Workbench;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The Emulator pane as the window lists it; its run outlives a switch to another pane. */
public final class EmulatorPane extends SidebarPane {

    private static final PaneInfo INFO = new PaneInfo("emulator", "Emulator", Feather.ACTIVITY,
            "Stream sampled posts, geolocations and users into Kafka", PaneGroup.PIPELINE);

    /** Stops a run from any pane: Ctrl+. (Cmd+. on macOS, where it is the usual "stop"); Ctrl+1..9 pick panes. */
    static final KeyCombination STOP_KEY = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);

    private static final String INSIGHTS_PANE = "insights";

    private EmulatorViewModel model;

    public EmulatorPane() {
        super(INFO);
    }

    @Override
    public void install(Workbench bench) {
        var services = bench.services();
        model = new EmulatorViewModel(services.kafka(), services.sampleDatabase(),
                (then, failed) -> bench.sandbox().whenRunning(then, failed), bench.sandboxUsers()::claim,
                bench.async(), System::getenv,
                new RunMemory(() -> services.settings().get().emulator(),
                        choices -> services.settings().update(s -> s.withEmulator(choices))));
        bench.beforeClose(model::close);
    }

    @Override
    public Region view(Workbench bench) {
        var state = bench.state(info().key());
        state.onKeyAnywhere(STOP_KEY, model::stop);
        state.showActivity(model.outside().activity(), model.outside().activityTone());
        state.showConnection(model.outside().destination(), model.outside().destinationTone());
        return new EmulatorView(info().title(), info().subtitle(), model, STOP_KEY, insightsButton(bench));
    }

    /** While a run streams into Kafka: the Insights pane, reading the run's prefix on its connection. */
    private javafx.scene.control.Button insightsButton(Workbench bench) {
        var open = new javafx.scene.control.Button("Open Insights", new org.kordamp.ikonli.javafx.FontIcon(Feather.BAR_CHART_2));
        open.setId("emulator-open-insights");
        open.setMinWidth(Region.USE_PREF_SIZE);
        var form = model.form();
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.phaseProperty().get().active() || form.connectionProperty().get() == null
                        || form.sinkProperty().get() != EmulatorForm.SinkKind.KAFKA,
                model.phaseProperty(), form.connectionProperty(), form.sinkProperty()));
        open.setTooltip(new javafx.scene.control.Tooltip("Answer the pipeline's questions live from the topics this run fills"));
        open.setOnAction(event -> bench.navigator().show(INSIGHTS_PANE,
                Navigator.Target.connection(form.connectionProperty().get()).prefix(form.prefixValue())));
        return open;
    }

    /** Another pane sent the user here to stream into a connection, e.g. the Sandbox pane's next step. */
    @Override
    public void open(Navigator.Target target) {
        model.sendTo(target.connection().name());
    }

    @Override
    public void shownAgain() {
        model.open();
    }
}
