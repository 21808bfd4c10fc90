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
        return new EmulatorView(info().title(), info().subtitle(), model, STOP_KEY);
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
