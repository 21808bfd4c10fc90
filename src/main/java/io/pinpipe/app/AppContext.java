package io.pinpipe.app;

import io.pinpipe.clusters.AwsEnvironment;
import io.pinpipe.clusters.MskClientOptions;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.SessionPasswords;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.sandbox.SandboxSession;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.topics.TopicAdmins;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The one place where the app's parts are made and wired together, and closed in order. */
public final class AppContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppContext.class);

    private final AppPaths paths;
    private final SettingsStore settings;
    private final ExecutorService background;
    private final Async async;
    private final ConnectionCatalog connections;
    private final SandboxSession sandbox;
    private final SampleDatabase sampleDatabase;
    private final TopicAdmins topicAdmins;
    private final MskGateways mskGateways;
    private final SessionPasswords passwords = new SessionPasswords();
    private final java.util.List<Runnable> beforeClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private AppContext(AppPaths paths, Executor fx) {
        this.paths = paths.ensureExist();
        this.settings = new SettingsStore(paths.settingsFile());
        this.background = Executors.newCachedThreadPool(new DaemonThreads("pinpipe-io"));
        this.async = new Async(background, fx, new BackgroundWork());
        this.sandbox = new SandboxSession(this.paths, SandboxOptions.defaults());
        this.sampleDatabase = new SampleDatabase(this.paths);
        this.connections = new ConnectionCatalog(ConnectionStore.in(this.paths), sandbox::bootstrap, () -> settings.get().sandboxPort());
        this.topicAdmins = new TopicAdmins(connection -> ClientProperties.of(connection, secretsFor(connection)));
        this.mskGateways = new MskGateways(AwsEnvironment.system(), this::mskOptions);
    }

    public static AppContext create(AppPaths paths, Executor fx) {
        return new AppContext(paths, fx);
    }

    public AppPaths paths() {
        return paths;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Async async() {
        return async;
    }

    public ConnectionCatalog connections() {
        return connections;
    }

    public SandboxSession sandbox() {
        return sandbox;
    }

    public SampleDatabase sampleDatabase() {
        return sampleDatabase;
    }

    /** Passwords typed in this session, then the environment: never a file. */
    public SecretSource secretsFor(io.pinpipe.connections.Connection connection) {
        return passwords.sourceFor(connection, SecretSource.environment(System::getenv));
    }

    public SessionPasswords passwords() {
        return passwords;
    }

    public TopicAdmins topicAdmins() {
        return topicAdmins;
    }

    /** Work to end before anything closes: a run still sending must flush while its broker still runs. */
    public void beforeClose(Runnable action) {
        beforeClose.add(action);
    }

    public MskGateways mskGateways() {
        return mskGateways;
    }

    /** The MSK endpoint of the settings (a VPC endpoint, or a local fake), else AWS_ENDPOINT_URL_KAFKA, else AWS's. */
    private MskClientOptions mskOptions() {
        try {
            var endpoint = java.util.Optional.ofNullable(settings.get().mskEndpoint()).map(AwsEnvironment::endpointUri)
                    .or(() -> AwsEnvironment.system().endpoint());
            return MskClientOptions.DEFAULTS.withEndpoint(endpoint);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring the MSK endpoint: {}", e.getMessage());
            return MskClientOptions.DEFAULTS;
        }
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
        topicAdmins.close();
        mskGateways.close();
        try {
            sandbox.close(settings.get().keepSandboxRunning());
        } catch (RuntimeException e) {
            log.warn("Could not stop the sandbox broker on exit: {}", e.getMessage());
        }
        settings.close();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Application context closed");
    }
}
