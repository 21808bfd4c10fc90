package io.pinpipe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.settings.AppPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe connections ...} through the real command line, on a throw-away home folder. */
class ConnectionsCommandTest {

    private static final String MSK = "b-1.pinpipe.abc123.c2.kafka.us-east-1.amazonaws.com:9098";

    @TempDir
    Path home;

    private final ConnectionsCli cli = new ConnectionsCli();

    @BeforeEach
    void useTheTemporaryHome() {
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty(AppPaths.HOME_PROPERTY);
    }

    @Test
    void addListRemove() throws Exception {
        assertThat(cli.run("connections", "add", "msk", "--bootstrap", MSK, "--auth", "iam", "--aws-profile", "pipeline")).isZero();
        assertThat(cli.out).isEqualTo("saved msk (iam " + MSK + ")" + System.lineSeparator());

        assertThat(cli.run("connections", "list")).isZero();
        assertThat(cli.out.lines()).hasSize(3);
        assertThat(cli.out.lines().skip(1).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("Local sandbox").contains("plaintext").endsWith("(not running)"));
        assertThat(cli.out.lines().skip(2).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .matches("msk +iam +" + java.util.regex.Pattern.quote(MSK) + "  profile=pipeline"));

        assertThat(cli.run("connections", "list", "--json")).isZero();
        var json = new ObjectMapper().readTree(cli.out);
        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("builtIn").asBoolean()).isTrue();
        assertThat(json.get(1).get("name").asText()).isEqualTo("msk");
        assertThat(json.get(1).get("awsProfile").asText()).isEqualTo("pipeline");

        assertThat(cli.run("connections", "remove", "msk")).isZero();
        assertThat(cli.out).isEqualTo("removed msk" + System.lineSeparator());
        assertThat(cli.run("connections", "list")).isZero();
        assertThat(cli.out.lines()).hasSize(2);

        assertThat(cli.run("connections", "remove", "msk")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).isEqualTo("pinpipe: No saved connection named 'msk'" + System.lineSeparator());
        assertThat(cli.run("connections", "remove", "Local sandbox")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: 'Local sandbox' is built in and cannot be removed");
    }

    @Test
    void addRefusesATakenNameAMissingTruststoreAndBadValues() {
        assertThat(cli.run("connections", "add", "prod", "--bootstrap", "kafka:9092")).isZero();

        assertThat(cli.run("connections", "add", "prod", "--bootstrap", "kafka:9092")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: A connection named 'prod' already exists");
        assertThat(cli.run("connections", "add", "prod", "--bootstrap", "other:9092", "--replace")).isZero();

        var missing = home.resolve("nowhere.jks").toAbsolutePath();
        assertThat(cli.run("connections", "add", "tls", "--bootstrap", "kafka:9094", "--auth", "tls", "--truststore", missing.toString()))
                .isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(cli.err).startsWith("pinpipe: Truststore " + missing + " does not exist");

        assertThat(cli.run("connections", "add", " ", "--bootstrap", "kafka:9092")).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(cli.err).startsWith("pinpipe: A connection needs a name");
        assertThat(cli.run("connections", "add", "Local sandbox", "--bootstrap", "kafka:9092")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: 'Local sandbox' is the built-in connection: choose another name");
    }

    @Test
    void exportAndImportRoundTripWithoutPasswords() throws IOException {
        assertThat(cli.run("connections", "add", "scram", "--bootstrap", "kafka:9096", "--auth", "scram", "--scram-user", "alice")).isZero();
        var exported = home.resolve("client.properties");

        assertThat(cli.run("connections", "export", "scram", "-o", exported.toString())).isZero();
        assertThat(Files.readString(exported)).contains("sasl.mechanism = SCRAM-SHA-512").contains("# sasl.jaas.config = ")
                .doesNotContain("alice-secret");
        assertThat(cli.run("connections", "export", "scram", "-o", exported.toString())).isEqualTo(OneLineErrors.BAD_USAGE);

        assertThat(cli.run("connections", "import", exported.toString(), "--name", "scram copy")).isZero();
        assertThat(cli.out).isEqualTo("imported scram copy (scram kafka:9096)" + System.lineSeparator());
        assertThat(cli.run("connections", "export", "scram copy")).isZero();
        assertThat(cli.out).isEqualTo(Files.readString(exported).replace("\"scram\"", "\"scram copy\""));
    }

    @Test
    void importingTheSeedsFileNeedsABootstrapAndGivesIam() throws IOException {
        var seed = Files.writeString(home.resolve("client.properties"), """
                security.protocol = SASL_SSL
                sasl.mechanism = AWS_MSK_IAM
                sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required;
                sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler
                """);

        assertThat(cli.run("connections", "import", seed.toString(), "--name", "msk")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).contains("has no bootstrap.servers");
        assertThat(cli.run("connections", "import", seed.toString(), "--name", "msk", "--bootstrap", MSK)).isZero();
        assertThat(cli.out).isEqualTo("imported msk (iam " + MSK + ")" + System.lineSeparator());
    }

    @Test
    void testOfTheSandboxWhenItIsNotRunning() {
        assertThat(cli.run("connections", "test", "Local sandbox")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: The local sandbox is not running");
        assertThat(cli.run("connections", "test", "x", "--connection", "y")).isEqualTo(OneLineErrors.BAD_USAGE);
    }
}
