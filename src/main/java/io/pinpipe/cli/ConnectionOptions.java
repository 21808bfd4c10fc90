package io.pinpipe.cli;

import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.ClientPropertiesFile;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.MissingSecretException;
import io.pinpipe.connections.SecretSource;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which cluster a command talks to, and how (a picocli mixin). One of: {@code --bootstrap} with {@code --auth}
 * and its settings; {@code --connection NAME} (a saved one, or "Local sandbox"); {@code --command-config FILE}
 * (a client.properties as kafka-topics.sh takes, with or without {@code --bootstrap}). Without any: the
 * running local sandbox.
 */
public final class ConnectionOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Mixin
    BootstrapOption bootstrap = new BootstrapOption();

    @Option(names = "--connection", paramLabel = "NAME",
            description = "A saved connection (see 'pinpipe connections list'), or \"" + Connection.LOCAL_SANDBOX + "\"")
    String connectionName;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "A Kafka client.properties file, as kafka-topics.sh --command-config takes")
    Path commandConfig;

    @Mixin
    AuthOptions auth = new AuthOptions();

    private final Function<Connection, SecretSource> standardSecrets;
    private final Supplier<ConnectionCatalog> catalog;
    private Target target;
    private Properties properties;

    /** The saved connections and the secret sources of the command line's composition root. */
    public ConnectionOptions() {
        this.catalog = () -> CliRoot.current().connections();
        // Resolved on the command's thread: the doctor and the tester then ask for the password on threads of theirs.
        this.standardSecrets = connection -> CliRoot.current().secretsFor(connection);
    }

    /** For tests: a given environment, prompt and catalog. */
    ConnectionOptions(Function<String, String> env, PasswordSource.Prompt prompt, Supplier<ConnectionCatalog> catalog) {
        this.catalog = catalog;
        this.standardSecrets = connection -> SecretSource.environment(env).orElse(SecretSource.prompting(prompt::ask));
    }

    /** Kafka client properties (bootstrap, security) for the cluster these options name; asks for a password once if needed. */
    public Properties clientProperties() {
        if (properties == null) {
            var resolved = target();
            try {
                properties = ClientProperties.of(resolved.connection(), resolved.secrets());
            } catch (MissingSecretException e) {
                throw new IllegalStateException(e.getMessage().replace(", or enter it when asked",
                        ", or run in a terminal to be asked for it"), e);
            }
        }
        return properties;
    }

    /** Where the command connects, for messages: the bootstrap servers, never a secret. */
    public String describe() {
        return target().connection().bootstrap();
    }

    /** The connection these options name; secrets are not asked for. */
    public Connection connection() {
        return target().connection();
    }

    /** Where passwords come from for {@link #connection()}. */
    public SecretSource secrets() {
        return target().secrets();
    }

    private record Target(Connection connection, SecretSource secrets) {
    }

    private Target target() {
        if (target == null) {
            target = resolve();
        }
        return target;
    }

    private Target resolve() {
        if (connectionName != null) {
            var others = new ArrayList<String>();
            if (bootstrap.given()) {
                others.add("--bootstrap");
            }
            if (commandConfig != null) {
                others.add("--command-config");
            }
            others.addAll(auth.given());
            if (!others.isEmpty()) {
                throw usage("--connection already says where and how to connect: drop " + String.join(", ", others));
            }
            return withStandardSecrets(saved(connectionName));
        }
        if (commandConfig != null) {
            if (!auth.given().isEmpty()) {
                throw usage("--command-config already sets the authentication: drop " + String.join(", ", auth.given()));
            }
            var imported = ClientPropertiesFile.read(commandConfig, "command config", bootstrap.servers());
            return new Target(imported.connection(),
                    imported.secrets().orElse(standardSecrets.apply(imported.connection())));
        }
        var servers = bootstrap.servers();
        if (servers.isPresent()) {
            try {
                return withStandardSecrets(new Connection("command line", servers.get(), auth.settings()));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (!auth.given().isEmpty()) {
            throw usage(AuthOptions.needs(auth.given()) + " --bootstrap HOST:PORT (the local sandbox takes no authentication)");
        }
        return withStandardSecrets(catalog.get().runningSandbox().orElseThrow(() -> new IllegalArgumentException(
                "No cluster given and the local sandbox is not running: start it with 'pinpipe sandbox start' "
                        + "or pass --bootstrap HOST:PORT")));
    }

    private Target withStandardSecrets(Connection connection) {
        return new Target(connection, standardSecrets.apply(connection));
    }

    private Connection saved(String name) {
        var connections = catalog.get();
        if (Connection.LOCAL_SANDBOX.equalsIgnoreCase(name.strip())) {
            return connections.runningSandbox().orElseThrow(() -> new IllegalArgumentException(
                    "The local sandbox is not running: start it with 'pinpipe sandbox start'"));
        }
        return connections.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "No connection named '" + name.strip() + "' (see 'pinpipe connections list')"));
    }

    private RuntimeException usage(String message) {
        return mixee != null ? new CommandLine.ParameterException(mixee.commandLine(), message)
                : new IllegalArgumentException(message);
    }
}
