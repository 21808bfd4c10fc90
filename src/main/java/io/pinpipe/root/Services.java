package io.pinpipe.root;

import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.clusters.AwsEnvironment;
import io.pinpipe.clusters.MskClientOptions;
import io.pinpipe.clusters.MskGateways;
import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.connections.SessionPasswords;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.sandbox.SandboxSession;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root the window and the command line share: settings, saved connections, where secrets come
 * from, the sandbox, the sample database, one client per Kafka cluster and the AWS setup are made here, once, and
 * closed here in order. Nothing in it knows about JavaFX or picocli.
 */
public final class Services implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Services.class);

    private final AppPaths paths;
    private final SettingsStore settings;
    private final SandboxSession sandbox;
    private final SampleDatabase sampleDatabase;
    private final ConnectionCatalog connections;
    private final SessionPasswords passwords = new SessionPasswords();
    private final SecretSource afterSession;
    private final ClusterClients clients;
    private final AwsEnvironment aws;
    private final MskGateways mskGateways;

    private Services(AppPaths paths, SecretSource afterSession, AwsEnvironment aws) {
        this.paths = paths.ensureExist();
        this.settings = new SettingsStore(this.paths.settingsFile());
        this.sandbox = new SandboxSession(this.paths, SandboxOptions.defaults());
        this.sampleDatabase = new SampleDatabase(this.paths);
        this.connections = new ConnectionCatalog(ConnectionStore.in(this.paths), sandbox::bootstrap,
                () -> settings.get().sandboxPort());
        this.afterSession = afterSession;
        this.clients = new ClusterClients(connection -> ClientProperties.of(connection, secretsFor(connection)));
        connections.onChange(clients::forget);
        this.aws = aws;
        this.mskGateways = new MskGateways(aws, this::mskOptions);
    }

    /** For the window: passwords typed this session, then the environment. */
    public static Services forWindow(AppPaths paths) {
        return new Services(paths, SecretSource.environment(System::getenv), AwsEnvironment.system());
    }

    /**
     * For the command line: the environment, then {@code lastResort} (a prompt on the console, when there is one).
     *
     * @param env the environment (with a .env file under it, where the command reads one)
     */
    public static Services forCommandLine(AppPaths paths, Function<String, String> env, SecretSource lastResort,
                                          AwsEnvironment aws) {
        return new Services(paths, SecretSource.environment(env).orElse(lastResort), aws);
    }

    public AppPaths paths() {
        return paths;
    }

    public SettingsStore settings() {
        return settings;
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

    /** Passwords typed in this session first, then the environment (and, on the command line, the prompt): never a file. */
    public SecretSource secretsFor(Connection connection) {
        return passwords.sourceFor(connection, afterSession);
    }

    public SessionPasswords passwords() {
        return passwords;
    }

    public ClusterClients clients() {
        return clients;
    }

    /** Connections, their clients and their secrets as one collaborator, for panes and commands. */
    public KafkaConnections kafka() {
        return new KafkaConnections(connections, clients, this::secretsFor);
    }

    public AwsEnvironment aws() {
        return aws;
    }

    public MskGateways mskGateways() {
        return mskGateways;
    }

    /** The MSK endpoint of the settings (a VPC endpoint, or a local fake), else AWS_ENDPOINT_URL_KAFKA, else AWS's. */
    private MskClientOptions mskOptions() {
        try {
            var endpoint = Optional.ofNullable(settings.get().mskEndpoint()).map(AwsEnvironment::endpointUri)
                    .or(aws::endpoint);
            return MskClientOptions.DEFAULTS.withEndpoint(endpoint);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring the MSK endpoint: {}", e.getMessage());
            return MskClientOptions.DEFAULTS;
        }
    }

    /** Closes the clients and saves the settings; the sandbox is the caller's to stop or keep (see AppContext). */
    @Override
    public void close() {
        clients.close();
        mskGateways.close();
        settings.close();
    }
}
