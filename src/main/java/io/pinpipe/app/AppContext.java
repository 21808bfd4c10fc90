package io.pinpipe.app;

import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.root.Services;
import io.pinpipe.sandbox.SandboxSession;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The window's side of the composition root: the shared {@link Services}, plus background jobs; closed in order. */
public final class AppContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppContext.class);

    private final Services services;
    private final ExecutorService background;
    private final Async async;
    private final List<Runnable> beforeClose = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private AppContext(AppPaths paths, Executor fx) {
        this.services = Services.forWindow(paths);
        this.background = Executors.newCachedThreadPool(new DaemonThreads("pinpipe-io"));
        this.async = new Async(background, fx, new BackgroundWork());
    }

    public static AppContext create(AppPaths paths, Executor fx) {
        return new AppContext(paths, fx);
    }

    public Services services() {
        return services;
    }

    public Async async() {
        return async;
    }

    public SettingsStore settings() {
        return services.settings();
    }

    public ConnectionCatalog connections() {
        return services.connections();
    }

    public SandboxSession sandbox() {
        return services.sandbox();
    }

    /** Work to end before anything closes: a run still sending must flush while its broker still runs. */
    public void beforeClose(Runnable action) {
        beforeClose.add(action);
    }

    /** Idempotent: called when the window closes and again by the shutdown hook on a kill or Ctrl+C. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (var action : beforeClose) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("Could not finish before closing: {}", e.getMessage());
            }
        }
        try {
            services.sandbox().close(services.settings().get().keepSandboxRunning());
        } catch (RuntimeException e) {
            log.warn("Could not stop the sandbox broker on exit: {}", e.getMessage());
        }
        services.close();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Application context closed");
    }
}
