package io.pinpipe.app;

import io.pinpipe.core.AppVersion;
import io.pinpipe.settings.AppPaths;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/** The JavaFX application: builds the context, shows the main window, and shuts down in order. */
public final class PinpipeApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(PinpipeApp.class);

    private final Supplier<AppContext> contextFactory;
    private AppContext context;

    public PinpipeApp() {
        this(() -> AppContext.create(AppPaths.fromEnvironment(), Platform::runLater));
    }

    /** For tests: a context on a throw-away home folder. */
    public PinpipeApp(Supplier<AppContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    @Override
    public void start(Stage stage) {
        log.info("Pinpipe {} starting (Java {})", AppVersion.current(), System.getProperty("java.version"));
        context = contextFactory.get();
        var closing = context;
        // A kill or Ctrl+C skips stop(): still stop the broker this run started, unless asked to keep it.
        Runtime.getRuntime().addShutdownHook(new Thread(closing::close, "pinpipe-shutdown"));
        new MainWindow(context).show(stage);
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
}
