package io.pinpipe.cli;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** How the options of every cluster command become a connection and its client properties. */
class ConnectionOptionsTest {

    private static final String MSK = "b-1.pinpipe.abc123.c2.kafka.us-east-1.amazonaws.com:9098";

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final List<String> questions = new ArrayList<>();
    private Optional<String> typed = Optional.empty();
    private Optional<String> sandbox = Optional.empty();
    private final Probe probe = new Probe();
    private String err;

    /** A command with nothing but the mixin, that keeps what it resolved. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;
        Properties properties;
        String describe;

        @Override
        public Integer call() {
            describe = connection.describe();
            properties = connection.clientProperties();
            connection.clientProperties();
            return 0;
        }
    }

    private ConnectionCatalog catalog() {
        return new ConnectionCatalog(new ConnectionStore(dir.resolve("connections.json")), () -> sandbox, () -> 9092);
    }

    private int run(String... args) {
        var errors = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ConnectionOptions.class) {
                    return type.cast(new ConnectionOptions(env::get, question -> {
                        questions.add(question);
                        return typed.map(String::toCharArray);
                    }, this::catalogFor));
                }
                return CommandLine.defaultFactory().create(type);
            }

            private ConnectionCatalog catalogFor() {
                return catalog();
            }
        };
        var commandLine = new CommandLine(probe, factory);
        commandLine.setErr(new PrintWriter(errors, true));
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        commandLine.setParameterExceptionHandler(new OneLineErrors());
        var code = commandLine.execute(args);
        err = errors.toString();
        return code;
    }

    private Map<String, String> properties() {
        var map = new java.util.TreeMap<String, String>();
        probe.properties.stringPropertyNames().forEach(key -> map.put(key, probe.properties.getProperty(key)));
        return map;
    }

    @Test
    void withoutOptionsTheRunningSandbox() {
        sandbox = Optional.of("127.0.0.1:19092");

        assertThat(run()).isZero();
        assertThat(probe.describe).isEqualTo("127.0.0.1:19092");
        assertThat(properties()).isEqualTo(Map.of("bootstrap.servers", "127.0.0.1:19092", "security.protocol", "PLAINTEXT"));
    }

    @Test
    void withoutOptionsAndWithoutASandboxOneClearError() {
        assertThat(run()).isEqualTo(OneLineErrors.FAILED);
        assertThat(err).isEqualTo("pinpipe: No cluster given and the local sandbox is not running: start it with "
                + "'pinpipe sandbox start' or pass --bootstrap HOST:PORT" + System.lineSeparator());
    }

    @Test
    void bootstrapAloneIsPlaintext() {
        assertThat(run("--bootstrap", "kafka:9092")).isZero();
        assertThat(probe.describe).isEqualTo("kafka:9092");
        assertThat(properties()).isEqualTo(Map.of("bootstrap.servers", "kafka:9092", "security.protocol", "PLAINTEXT"));
    }

    @Test
    void tlsWithATruststore() throws IOException {
        var truststore = Files.createFile(dir.resolve("ca.pem"));

        assertThat(run("--bootstrap", "kafka:9094", "--auth", "tls", "--truststore", truststore.toString(), "--no-hostname-verification")).isZero();
        assertThat(properties()).containsEntry("security.protocol", "SSL").containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", truststore.toAbsolutePath().toString())
                .containsEntry("ssl.endpoint.identification.algorithm", "");
    }

    @Test
    void scramWithThePasswordFromTheEnvironment() {
        env.put("PINPIPE_SCRAM_PASSWORD", "from-env");

        assertThat(run("--bootstrap", "kafka:9096", "--auth", "scram", "--scram-user", "alice")).isZero();
        assertThat(properties()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" password=\"from-env\";");
        assertThat(questions).isEmpty();
    }

    @Test
    void scramAsksOnceWhenTheEnvironmentHasNoPassword() {
        typed = Optional.of("typed-in");

        assertThat(run("--bootstrap", "kafka:9092", "--auth", "scram", "--scram-user", "alice", "--no-tls")).isZero();
        assertThat(properties()).containsEntry("security.protocol", "SASL_PLAINTEXT");
        assertThat(probe.properties.getProperty("sasl.jaas.config")).contains("password=\"typed-in\"");
        assertThat(questions).containsExactly("SCRAM password for alice at kafka:9092: ");
    }

    @Test
    void scramWithoutEnvironmentNorTerminalIsOneClearError() {
        assertThat(run("--bootstrap", "kafka:9096", "--auth", "scram", "--scram-user", "alice")).isEqualTo(OneLineErrors.FAILED);
        assertThat(err).isEqualTo("pinpipe: No password for SCRAM user 'alice': set PINPIPE_SCRAM_PASSWORD, or run in a "
                + "terminal to be asked for it" + System.lineSeparator());
    }

    @Test
    void iamWithAProfile() {
        assertThat(run("--bootstrap", MSK, "--auth", "iam", "--aws-profile", "pipeline")).isZero();
        assertThat(properties()).containsEntry("sasl.jaas.config",
                "software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName=\"pipeline\";").hasSize(5);
    }

    @Test
    void aSavedConnectionByName() {
        catalog().save(new Connection("msk", MSK, AuthSettings.Iam.DEFAULT_CHAIN), false);

        assertThat(run("--connection", "MSK")).isZero();
        assertThat(probe.describe).isEqualTo(MSK);
        assertThat(properties()).containsEntry("sasl.mechanism", "AWS_MSK_IAM").hasSize(5);
    }

    @Test
    void theSandboxByName() {
        sandbox = Optional.of("127.0.0.1:19092");

        assertThat(run("--connection", "Local sandbox")).isZero();
        assertThat(probe.describe).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void theSandboxByNameWhenItIsNotRunning() {
        assertThat(run("--connection", "local sandbox")).isEqualTo(OneLineErrors.FAILED);
        assertThat(err).startsWith("pinpipe: The local sandbox is not running: start it with 'pinpipe sandbox start'");
    }

    @Test
    void anUnknownConnection() {
        assertThat(run("--connection", "prod")).isEqualTo(OneLineErrors.FAILED);
        assertThat(err).startsWith("pinpipe: No connection named 'prod' (see 'pinpipe connections list')");
    }

    @Test
    void theSeedsCommandConfigWithABootstrap() throws IOException {
        var file = Files.writeString(dir.resolve("client.properties"), """
                # the original EC2 client's file
                security.protocol = SASL_SSL
                sasl.mechanism = AWS_MSK_IAM
                sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required;
                sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler
                """);

        assertThat(run("--command-config", file.toString(), "--bootstrap", MSK)).isZero();
        assertThat(properties()).isEqualTo(Map.of("bootstrap.servers", MSK, "security.protocol", "SASL_SSL",
                "sasl.mechanism", "AWS_MSK_IAM", "sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;",
                "sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler"));
    }

    @Test
    void aCommandConfigsOwnPasswordIsUsedAsKafkaToolsWouldUseIt() throws IOException {
        var file = Files.writeString(dir.resolve("scram.properties"), """
                bootstrap.servers=kafka:9096
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="in-file";
                """);

        assertThat(run("--command-config", file.toString())).isZero();
        assertThat(probe.describe).isEqualTo("kafka:9096");
        assertThat(probe.properties.getProperty("sasl.jaas.config")).contains("password=\"in-file\"");
        assertThat(questions).isEmpty();
    }

    @Test
    void aCommandConfigWithoutBootstrapServersNeedsBootstrap() throws IOException {
        var file = Files.writeString(dir.resolve("client.properties"), "security.protocol=SSL\n");

        assertThat(run("--command-config", file.toString())).isEqualTo(OneLineErrors.FAILED);
        assertThat(err).startsWith("pinpipe: " + file + " has no bootstrap.servers: give the bootstrap servers as well");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--connection x --bootstrap kafka:9092|--connection already says where and how to connect: drop --bootstrap",
            "--connection x --auth tls --truststore t.jks|--connection already says where and how to connect: drop --auth, --truststore",
            "--connection x --command-config c.properties|--connection already says where and how to connect: drop --command-config",
            "--command-config c.properties --auth scram|--command-config already sets the authentication: drop --auth",
            "--auth tls|--auth needs --bootstrap HOST:PORT (the local sandbox takes no authentication)",
            "--auth iam --aws-profile p|--auth, --aws-profile need --bootstrap HOST:PORT (the local sandbox takes no authentication)",
            "--bootstrap kafka:9092 --scram-user alice|--scram-user needs --auth scram",
            "--bootstrap kafka:9092 --auth tls --scram-user alice|--scram-user does not apply to --auth tls, only to --auth scram",
            "--bootstrap kafka:9092 --auth scram|--auth scram needs --scram-user USER",
            "--bootstrap kafka:9092 --truststore t.jks|--truststore needs TLS: use --auth tls, scram (without --no-tls) or iam",
            "--bootstrap kafka:9092 --auth kerberos|Unknown auth mode 'kerberos': use one of plaintext, tls, scram, iam",
            "--bootstrap kafka:9092 --auth iam --role-arn msk|'msk' is not an IAM role ARN such as arn:aws:iam::123456789012:role/msk-client",
            "--bootstrap kafka:9092 --auth iam --aws-region useast1|'useast1' is not an AWS region such as us-east-1 or eu-west-2",
            "--bootstrap kafka|--bootstrap: 'kafka' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])",
            "--bootstrap kafka:99999|--bootstrap: Port 99999 in 'kafka:99999' is out of range: 1 to 65535"})
    void conflictsAndBadValuesAreOneClearUsageError(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(err).startsWith("pinpipe: " + message + " (see 'probe --help')");
    }

    @Test
    void theResolvedPropertiesNeverPrintAPassword() {
        env.put("PINPIPE_SCRAM_PASSWORD", "from-env");

        run("--bootstrap", "kafka:9096", "--auth", "scram", "--scram-user", "alice");

        assertThat(probe.properties.toString()).doesNotContain("from-env");
        assertThat(ClientProperties.redacted(probe.properties)).doesNotContain("from-env");
    }
}
