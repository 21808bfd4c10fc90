package io.pinpipe.cli;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.ClientPropertiesFile;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionJson;
import io.pinpipe.connections.ConnectionRules;
import io.pinpipe.connections.ConnectionTestResult;
import io.pinpipe.connections.ConnectionTester;
import io.pinpipe.connections.TlsOptions;
import io.pinpipe.connections.Truststore;
import io.pinpipe.settings.AppPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pinpipe connections list|add|remove|test|export|import}: the connections the window offers too. */
@Command(name = "connections", mixinStandardHelpOptions = true,
        description = "Saved connections to Kafka clusters (no passwords are ever saved), and the built-in local sandbox.",
        subcommands = {ConnectionsCommand.ListCommand.class, ConnectionsCommand.Add.class, ConnectionsCommand.Remove.class,
                ConnectionsCommand.Test.class, ConnectionsCommand.Export.class, ConnectionsCommand.Import.class})
public final class ConnectionsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, add, remove, test, export or import");
    }

    private static ConnectionCatalog catalog() {
        return ConnectionOptions.catalog(AppPaths.fromEnvironment().ensureExist());
    }

    /** One short line about how a connection authenticates. */
    static String details(Connection connection) {
        var auth = connection.auth();
        var parts = new ArrayList<String>();
        if (auth instanceof AuthSettings.Scram scram) {
            parts.add("user=" + scram.username());
            if (scram.tls().isEmpty()) {
                parts.add("no-tls");
            }
        } else if (auth instanceof AuthSettings.Iam iam) {
            iam.awsProfile().ifPresent(profile -> parts.add("profile=" + profile));
            iam.awsRegion().ifPresent(region -> parts.add("region=" + region));
            iam.roleArn().ifPresent(arn -> parts.add("role=" + arn));
        }
        auth.tlsOptions().flatMap(TlsOptions::truststore).map(Truststore::path).ifPresent(path -> parts.add("truststore=" + path));
        auth.tlsOptions().filter(tls -> !tls.verifyHostname()).ifPresent(tls -> parts.add("no-hostname-verification"));
        return String.join(" ", parts);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the connections, the local sandbox first.")
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "A JSON array, for other programs")
        boolean json;

        @Override
        public Integer call() {
            var catalog = catalog();
            var all = catalog.all();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(ConnectionJson.writeList(all));
                out.flush();
                return 0;
            }
            var sandboxRunning = catalog.runningSandbox().isPresent();
            var width = all.stream().mapToInt(connection -> connection.name().length()).max().orElse(4);
            var format = "%-" + Math.max(width, 4) + "s  %-9s  %s%s%n";
            out.printf(format, "NAME", "AUTH", "BOOTSTRAP", "");
            for (var connection : all) {
                var note = connection.isLocalSandbox() ? (sandboxRunning ? "  (running)" : "  (not running)")
                        : details(connection).isEmpty() ? "" : "  " + details(connection);
                out.printf(format, connection.name(), connection.mode().id(), connection.bootstrap(), note);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Saves a connection. Passwords are not saved: they come from the environment or a prompt when used.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name to pick the connection by")
        String name;

        @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]", description = "Bootstrap servers")
        String bootstrap;

        @Mixin
        AuthOptions auth = new AuthOptions();

        @Option(names = "--replace", description = "Replace a saved connection of the same name")
        boolean replace;

        @Override
        public Integer call() {
            Connection connection;
            try {
                connection = new Connection(name, bootstrap, auth.settings());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            var problems = ConnectionRules.usabilityProblems(connection);
            if (!problems.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), String.join("; ", problems));
            }
            catalog().save(connection, replace);
            spec.commandLine().getOut().println("saved " + connection.name() + " (" + connection.mode().id() + " "
                    + connection.bootstrap() + ")");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forgets a saved connection.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            catalog().remove(name);
            spec.commandLine().getOut().println("removed " + name.strip());
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Asks the cluster to describe itself, within a timeout, and says what failed if it cannot.",
                    "Give a saved connection's NAME, or the options every cluster command takes."})
    static final class Test implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A saved connection (same as --connection NAME)")
        String name;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
                description = "Give up after this long (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        @Override
        public Integer call() {
            if (timeoutSeconds < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
            }
            if (name != null) {
                if (connection.connectionName != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Give NAME or --connection NAME, not both");
                }
                connection.connectionName = name;
            }
            var tester = new ConnectionTester(Duration.ofSeconds(timeoutSeconds));
            var result = tester.test(connection.connection(), connection.secrets());
            if (result instanceof ConnectionTestResult.Failed failed) {
                throw new IllegalStateException(failed.message());
            }
            spec.commandLine().getOut().println(result.summary());
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes a connection as a Kafka client.properties file (for kafka-topics.sh --command-config), without passwords.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output")
        Path output;

        @Option(names = "--force", description = "Overwrite FILE if it exists")
        boolean force;

        @Override
        public Integer call() {
            var connection = catalog().byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "No connection named '" + name.strip() + "' (see 'pinpipe connections list')"));
            var text = ClientPropertiesFile.write(connection);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return 0;
            }
            if (Files.exists(output) && !force) {
                throw new CommandLine.ParameterException(spec.commandLine(), output + " exists: add --force to overwrite it");
            }
            try {
                Files.writeString(output, text, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println("exported " + connection.name() + " to " + output);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Saves a connection read from a Kafka client.properties file.",
                    "Passwords in the file are not saved; plain client settings are kept."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name to save it under")
        String name;

        @Option(names = "--bootstrap", paramLabel = "HOST:PORT[,HOST:PORT...]",
                description = "Bootstrap servers, when the file has none (or to use others)")
        String bootstrap;

        @Option(names = "--replace", description = "Replace a saved connection of the same name")
        boolean replace;

        @Override
        public Integer call() {
            ConnectionRules.nameProblem(name).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), problem);
            });
            var imported = ClientPropertiesFile.read(file, name, Optional.ofNullable(bootstrap));
            var connection = imported.connection();
            catalog().save(connection, replace);
            imported.notes().forEach(note -> spec.commandLine().getErr().println(note));
            spec.commandLine().getErr().flush();
            spec.commandLine().getOut().println("imported " + connection.name() + " (" + connection.mode().id() + " "
                    + connection.bootstrap() + ")");
            return 0;
        }
    }
}
