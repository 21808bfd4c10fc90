package io.pinpipe.cli;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue of bad input on the command line: each one is refused with one clear line on stderr and a
 * non-zero exit, no stack trace, and nothing changes: no topic on the broker, the same connections and
 * settings files, no sandbox broker started.
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class BadInputCatalogueTest {

    private static final String B = "{bootstrap}";
    private static final String FORMAT = "A topic name may only contain letters, digits, '.', '_' and '-', not ";
    private static final String PREFIX_FORMAT = "A topic prefix may only contain letters, digits, '.', '_' and '-', not ";
    private static final String REST_EXAMPLE = "e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod";
    private static String bootstrap;

    @BeforeAll
    static void broker(KafkaBroker broker) {
        bootstrap = broker.bootstrap();
    }

    static Stream<Arguments> badInputs() throws URISyntaxException {
        var unsupported = Path.of(BadInputCatalogueTest.class.getResource("unsupported-mechanism.properties").toURI()).toString();
        return Stream.of(
                // topic names, partitions, replication factors, configs
                bad(1, FORMAT + "a space, '!'", "topics", "create", "bad name!", "--bootstrap", B),
                bad(1, "A topic name cannot be '..'", "topics", "create", "..", "--bootstrap", B),
                bad(1, "A topic name can have at most 249 characters, this one has 250", "topics", "create", "x".repeat(250), "--bootstrap", B),
                bad(1, "A topic needs at least 1 partition, not 0", "topics", "create", "cat.ok", "--partitions", "0", "--bootstrap", B),
                bad(1, "A topic needs at least 1 partition, not -3", "topics", "create", "cat.ok", "--partitions", "-3", "--bootstrap", B),
                bad(2, "Invalid value for option '--partitions': 'abc' is not an int (see 'pinpipe topics create --help')",
                        "topics", "create", "cat.ok", "--partitions", "abc", "--bootstrap", B),
                bad(1, "The replication factor must be at least 1, not 0", "topics", "create", "cat.ok", "--replication-factor", "0", "--bootstrap", B),
                bad(1, "Replication factor 3 is larger than the 1 broker of the cluster: each replica needs a broker of its own",
                        "topics", "create", "cat.ok", "--replication-factor", "3", "--bootstrap", B),
                bad(1, "Config retention.ms must be a whole number (milliseconds, -1 to keep messages forever), not 'abc'", "topics", "create", "cat.ok", "--config", "retention.ms=abc", "--bootstrap", B),
                bad(1, "Config cleanup.policy must be delete, compact or both (delete,compact), not 'sometimes'",
                        "topics", "create", "cat.ok", "--config", "cleanup.policy=sometimes", "--bootstrap", B),
                bad(2, "Value for option option '--config' (KEY=VALUE) should be in KEY=VALUE format but was retention.ms "
                        + "(see 'pinpipe topics create --help')", "topics", "create", "cat.ok", "--config", "retention.ms", "--bootstrap", B),
                bad(2, PREFIX_FORMAT + "a space (see 'pinpipe topics pipeline --help')", "topics", "pipeline", "bad prefix", "--bootstrap", B),
                bad(2, "The topic prefix cannot be '..' (see 'pinpipe topics pipeline --help')", "topics", "pipeline", "..", "--bootstrap", B),
                bad(2, "A topic prefix can have at most 244 characters, so that PREFIX.user fits in 249; this one has 245 "
                        + "(see 'pinpipe topics pipeline --help')", "topics", "pipeline", "p".repeat(245), "--bootstrap", B),
                bad(2, "--timeout must be at least 1 second, not 0 (see 'pinpipe topics list --help')", "topics", "list", "--bootstrap", B, "--timeout", "0"),
                bad(1, "Peek reads 1 to 10000 messages, not 0", "topics", "peek", "cat.none", "--count", "0", "--bootstrap", B),
                bad(1, "Peek reads 1 to 10000 messages, not 100000", "topics", "peek", "cat.none", "--count", "100000", "--bootstrap", B),
                // bootstrap strings, auth modes, credentials, regions, files
                bad(2, "--bootstrap: 'localhost:notaport' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...]) "
                        + "(see 'pinpipe topics list --help')", "topics", "list", "--bootstrap", "localhost:notaport"),
                bad(2, "--bootstrap: The bootstrap servers are empty: give HOST:PORT[,HOST:PORT...] (see 'pinpipe topics list --help')",
                        "topics", "list", "--bootstrap", ""),
                bad(2, "--bootstrap: Port 99999 in 'host:99999' is out of range: 1 to 65535 (see 'pinpipe topics list --help')",
                        "topics", "list", "--bootstrap", "host:99999"),
                bad(2, "Unknown auth mode 'kerberos': use one of plaintext, tls, scram, iam (see 'pinpipe topics list --help')",
                        "topics", "list", "--bootstrap", B, "--auth", "kerberos"),
                bad(2, "--auth scram needs --scram-user USER (see 'pinpipe topics list --help')", "topics", "list", "--bootstrap", B, "--auth", "scram"),
                bad(2, "'moon-central-9' is not an AWS region such as us-east-1 or eu-west-2 (see 'pinpipe topics list --help')",
                        "topics", "list", "--bootstrap", B, "--auth", "iam", "--aws-region", "moon-central-9"),
                bad(2, "'moon-central-9' is not an AWS region such as us-east-1 or eu-west-2 (see 'pinpipe topics list --help')",
                        "topics", "list", "--bootstrap", B, "--auth", "iam", "--region", "moon-central-9"),
                bad(2, "--profile needs --auth iam (see 'pinpipe topics list --help')", "topics", "list", "--bootstrap", B, "--profile", "dev"),
                bad(1, "Truststore /nonexistent/ts.jks does not exist", "topics", "list", "--bootstrap", B, "--auth", "tls", "--truststore", "/nonexistent/ts.jks"),
                bad(1, "Cannot read /nonexistent/client.properties: no such file", "topics", "list", "--command-config", "/nonexistent/client.properties"),
                bad(1, "Cannot import " + unsupported + ": sasl.mechanism NOPE is not supported: Pinpipe connects with SCRAM-SHA-512 or AWS_MSK_IAM",
                        "topics", "list", "--command-config", unsupported),
                // saved connections
                bad(2, "--bootstrap: 'nohostport' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...]) (see 'pinpipe connections add --help')",
                        "connections", "add", "Prod", "--bootstrap", "nohostport"),
                bad(2, "A connection needs a name (see 'pinpipe connections add --help')", "connections", "add", "", "--bootstrap", B),
                bad(2, "--auth scram needs --scram-user USER (see 'pinpipe connections add --help')",
                        "connections", "add", "Prod", "--bootstrap", B, "--auth", "scram"),
                bad(1, "Cannot read /nonexistent/client.properties: no such file", "connections", "import", "/nonexistent/client.properties", "--name", "x"),
                bad(1, "No connection named 'NoSuchConnection' (see 'pinpipe connections list')", "connections", "test", "NoSuchConnection"),
                bad(2, "--timeout must be at least 1 second, not 0 (see 'pinpipe connections test --help')", "connections", "test", "--bootstrap", B, "--timeout", "0"),
                bad(2, "Missing required option: '--bootstrap=HOST:PORT[,HOST:PORT...]' (see 'pinpipe connections add --help')",
                        "connections", "add", "Prod"),
                // ports
                bad(1, "The sandbox port must be between 1 and 65535, not 70000", "sandbox", "start", "--port", "70000"),
                bad(2, "Invalid value for option '--port': 'abc' is not an int (see 'pinpipe sandbox start --help')", "sandbox", "start", "--port", "abc"),
                // pacing, rates, counts, durations, prefixes, JDBC URLs
                bad(2, "--pace: Pace must be 'original', 'max' or events per second (e.g. 50), not 'fast' (see 'pinpipe emulate --help')",
                        emulate("--pace", "fast")),
                bad(2, "--pace: A rate must be more than 0 and at most 1000000 events per second, not 0.0 (see 'pinpipe emulate --help')",
                        emulate("--pace", "0")),
                bad(2, "--pace: A rate must be more than 0 and at most 1000000 events per second, not 2000000.0 (see 'pinpipe emulate --help')",
                        emulate("--pace", "2000000")),
                bad(2, "The count of events must be at least 1, not 0 (see 'pinpipe emulate --help')", emulate("--count", "0")),
                bad(2, "Invalid value for option '--duration': '5x' is not a duration (e.g. 30s, 5m, 1h) (see 'pinpipe emulate --help')",
                        emulate("--duration", "5x")),
                bad(2, "The duration must be positive, not 0s (see 'pinpipe emulate --help')", emulate("--duration", "0s")),
                bad(2, "--topic-prefix: " + PREFIX_FORMAT + "a space (see 'pinpipe emulate --help')",
                        "emulate", "--source", "sandbox", "--topic-prefix", "bad prefix", "--bootstrap", B),
                bad(2, "--topic-prefix: The topic prefix cannot be empty: it names the topics PREFIX.pin, PREFIX.geo and PREFIX.user "
                        + "(see 'pinpipe emulate --help')", "emulate", "--source", "sandbox", "--topic-prefix", "", "--bootstrap", B),
                bad(2, "--topic-prefix: The topic prefix cannot be '.' (see 'pinpipe emulate --help')",
                        "emulate", "--source", "sandbox", "--topic-prefix", ".", "--bootstrap", B),
                // the REST proxy's URL
                bad(2, "--rest-url: The REST proxy URL must start with http:// or https://, not '//host/stage'; " + REST_EXAMPLE
                        + " (see 'pinpipe emulate --help')", emulate("--sink", "rest", "--rest-url", "//host/stage")),
                bad(2, "--rest-url: The REST proxy URL must start with http:// or https://, not 'host/stage'; " + REST_EXAMPLE
                        + " (see 'pinpipe emulate --help')", emulate("--sink", "rest", "--rest-url", "host/stage")),
                bad(2, "--rest-url: The REST proxy URL must start with http:// or https://, not 'ftp://x'; " + REST_EXAMPLE
                        + " (see 'pinpipe emulate --help')", emulate("--sink", "rest", "--rest-url", "ftp://x")),
                bad(2, "--rest-url: 'http://' has no host after http://; " + REST_EXAMPLE + " (see 'pinpipe emulate --help')",
                        emulate("--sink", "rest", "--rest-url", "http://")),
                bad(2, "--rest-url: 'http://proxy/my stage' has a space in it, which a URL cannot have (%20 in a path) "
                        + "(see 'pinpipe emulate --help')", emulate("--sink", "rest", "--rest-url", "http://proxy/my stage")),
                bad(2, "--rest-url: The REST proxy URL is empty: give its invoke URL, such as "
                        + "https://abc123.execute-api.us-east-1.amazonaws.com/prod (see 'pinpipe emulate --help')",
                        emulate("--sink", "rest", "--rest-url", " ")),
                bad(2, "--source: Not a MySQL or MariaDB URL: jdbc:postgresql://h/db (expected jdbc:mysql://host:3306/database or "
                        + "jdbc:mariadb://host:3306/database); or 'sandbox' for the sample database (see 'pinpipe emulate --help')",
                        "emulate", "--source", "jdbc:postgresql://h/db", "--topic-prefix", "cat", "--bootstrap", B),
                bad(2, "--datetime must be 'iso' or 'original', not 'weird' (see 'pinpipe emulate --help')", emulate("--datetime", "weird")),
                bad(1, "Cannot reach 127.0.0.1:1 (Connection refused): check the host and port, and that the database accepts "
                        + "connections from this machine", "emulate", "--source", "jdbc:mysql://127.0.0.1:1/db", "--topic-prefix", "cat", "--bootstrap", B),
                bad(2, "Not a MySQL or MariaDB URL: jdbc:foo:bar (expected jdbc:mysql://host:3306/database or jdbc:mariadb://host:3306/database) "
                        + "(see 'pinpipe db seed --help')", "db", "seed", "--jdbc-url", "jdbc:foo:bar"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("badInputs")
    void isRefusedWithOneClearLineAndChangesNothing(int exitCode, String message, List<String> args) throws Exception {
        var paths = AppPaths.fromEnvironment().ensureExist();
        var before = Snapshot.take(paths);
        var run = CliRun.of(Map.of(PasswordSource.VARIABLE, "db-pass"),
                args.stream().map(arg -> arg.replace(B, bootstrap)).toArray(String[]::new));

        assertThat(run.err()).as(String.join(" ", args)).isEqualTo("pinpipe: " + message + System.lineSeparator());
        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertThat(run.everything()).doesNotContain("Exception", "\tat ", "db-pass");
        assertThat(Snapshot.take(paths)).isEqualTo(before);
    }

    /** What a refused command must leave as it was. */
    private record Snapshot(java.util.Set<String> topics, Optional<String> connections, Optional<String> settings,
                            String sandbox) {
        static Snapshot take(AppPaths paths) throws Exception {
            return new Snapshot(KafkaTestClients.topics(bootstrap), read(paths.configDir().resolve("connections.json")),
                    read(paths.settingsFile()), new SandboxBroker(paths).status().getClass().getSimpleName());
        }

        private static Optional<String> read(Path file) throws Exception {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        }
    }

    private static String[] emulate(String... extra) {
        var args = new java.util.ArrayList<>(List.of("emulate", "--source", "sandbox", "--topic-prefix", "cat", "--bootstrap", B));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static Arguments bad(int exitCode, String message, String... args) {
        return Arguments.of(exitCode, message, List.of(args));
    }
}
