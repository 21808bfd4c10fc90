package io.pinpipe.testing;

import io.pinpipe.app.AppContext;
import io.pinpipe.app.PinpipeApp;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real app, started headless on a throw-away home folder, for tests that drive it like a person. */
public final class RunningApp implements AutoCloseable {

    private final PinpipeApp app;
    private final Stage stage;
    private final AppPaths paths;

    private RunningApp(PinpipeApp app, Stage stage, AppPaths paths) {
        this.app = app;
        this.stage = stage;
        this.paths = paths;
    }

    /** Starts the app; the sandbox does not start by itself unless the test's settings say so. */
    public static RunningApp start(Path home) throws Exception {
        return start(home, PinpipeApp::standardPanes);
    }

    /** With these panes instead of the standard ones, e.g. one more. */
    public static RunningApp start(Path home, java.util.function.Supplier<java.util.List<io.pinpipe.workbench.Pane>> panes)
            throws Exception {
        var paths = AppPaths.under(home);
        if (!Files.exists(paths.settingsFile())) {
            try (var settings = new SettingsStore(paths.settingsFile())) {
                settings.update(s -> s.withStartSandboxOnOpen(false));
            }
        }
        var stage = FxToolkit.registerPrimaryStage();
        var app = (PinpipeApp) FxToolkit.setupApplication(
                () -> new PinpipeApp(() -> AppContext.create(paths, Platform::runLater), panes));
        return new RunningApp(app, stage, paths);
    }

    public io.pinpipe.workbench.Navigator navigator() {
        return app.navigator();
    }

    public FxRobot robot() {
        return new FxRobot();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return stage.getScene();
    }

    public AppPaths paths() {
        return paths;
    }

    public AppContext context() {
        return app.context();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
