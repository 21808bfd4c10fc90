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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The saved connections of this run's composition root. */
    private static ConnectionCatalog catalog() {
        return CliRoot.current().connections();
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

        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            var catalog = catalog();
            var all = catalog.all();
            var out = spec.commandLine().getOut();
            if (json.wanted) {
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

    @Command(name = "add", mixinStandardHelpOptions = true, modelTransformer = RequiredOption.Bootstrap.class,
            description = "Saves a connection. Passwords are not saved: they come from the environment or a prompt when used.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name to pick the connection by")
        String name;

        @Mixin
        BootstrapOption bootstrap;

        @Mixin
        AuthOptions auth = new AuthOptions();

        @Option(names = "--replace", description = "Replace a saved connection of the same name")
        boolean replace;

        @Override
        public Integer call() {
            var servers = bootstrap.servers().orElseThrow();
            Connection connection;
            try {
                connection = new Connection(name, servers, auth.settings());
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
        ClusterOptions cluster;

        @Override
        public Integer call() {
            var timeout = cluster.timeout();
            var connection = cluster.connection;
            if (name != null) {
                if (connection.connectionName != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Give NAME or --connection NAME, not both");
                }
                connection.connectionName = name;
            }
            var tester = new ConnectionTester(timeout);
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

        @Mixin
        OutputFileOptions output;

        @Override
        public Integer call() {
            var connection = catalog().byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "No connection named '" + name.strip() + "' (see 'pinpipe connections list')"));
            if (output.write(ClientPropertiesFile.write(connection))) {
                spec.commandLine().getOut().println("exported " + connection.name() + " to " + output.file);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Saves a connection read from a Kafka client.properties file; --bootstrap gives the servers when "
                    + "the file has none (or others to use).",
                    "Passwords in the file are not saved; plain client settings are kept."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name to save it under")
        String name;

        @Mixin
        BootstrapOption bootstrap;

        @Option(names = "--replace", description = "Replace a saved connection of the same name")
        boolean replace;

        @Override
        public Integer call() {
            ConnectionRules.nameProblem(name).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), problem);
            });
            var imported = ClientPropertiesFile.read(file, name, bootstrap.servers());
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
