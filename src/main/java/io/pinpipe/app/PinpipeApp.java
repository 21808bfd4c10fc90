package io.pinpipe.app;

import io.pinpipe.core.AppVersion;
import io.pinpipe.settings.AppPaths;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.Pane;

import java.util.List;
import java.util.function.Supplier;

/** The JavaFX application: builds the context, shows the main window, and shuts down in order. */
public final class PinpipeApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(PinpipeApp.class);

    private final Supplier<AppContext> contextFactory;
    private final Supplier<List<Pane>> panes;
    private AppContext context;
    private Navigator navigator;

    public PinpipeApp() {
        this(() -> AppContext.create(AppPaths.fromEnvironment(), Platform::runLater));
    }

    /** For tests: a context on a throw-away home folder. */
    public PinpipeApp(Supplier<AppContext> contextFactory) {
        this(contextFactory, PaneRegistry::create);
    }

    /** For tests: with other panes, e.g. one more, to see that a pane plugs in. */
    public PinpipeApp(Supplier<AppContext> contextFactory, Supplier<List<Pane>> panes) {
        this.contextFactory = contextFactory;
        this.panes = panes;
    }

    /** The panes every window has, new instances: a test adds one to these. */
    public static List<Pane> standardPanes() {
        return PaneRegistry.create();
    }

    @Override
    public void start(Stage stage) {
        log.info("Pinpipe {} starting (Java {})", AppVersion.current(), System.getProperty("java.version"));
        context = contextFactory.get();
        var closing = context;
        // A kill or Ctrl+C skips stop(): still stop the broker this run started, unless asked to keep it.
        Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "pinpipe-shutdown"));
        var window = new MainWindow(context, panes.get());
        navigator = window.navigator();
        window.show(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        log.info("Pinpipe stopped");
    }

    public AppContext context() {
        return context;
    }

    /** How panes send the user to each other: for tests that go where a pane would send them. */
    public Navigator navigator() {
        return navigator;
    }
}
