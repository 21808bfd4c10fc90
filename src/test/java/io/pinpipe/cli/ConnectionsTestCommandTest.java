package io.pinpipe.cli;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.SecureKafkaBroker;
import io.pinpipe.testing.SecureKafkaExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe connections test} against a real broker with SCRAM and TLS listeners. */
@Tag("slow")
@ExtendWith(SecureKafkaExtension.class)
class ConnectionsTestCommandTest {

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
    void testSaysOkForTheRightPasswordAndWhyNotForAWrongOne(SecureKafkaBroker kafka) throws IOException {
        assertThat(cli.run("connections", "add", "secure", "--bootstrap", kafka.scramBootstrap(), "--auth", "scram",
                "--scram-user", kafka.scramUser(), "--no-tls")).isZero();

        cli.env.put("PINPIPE_SCRAM_PASSWORD", kafka.scramPassword());
        assertThat(cli.run("connections", "test", "secure")).isZero();
        assertThat(cli.out).startsWith("Connected to cluster ").contains(": 1 broker");

        cli.env.put("PINPIPE_SCRAM_PASSWORD", "wrong");
        assertThat(cli.run("connections", "test", "--connection", "secure", "--timeout", "5")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).isEqualTo("pinpipe: Authentication failed at " + kafka.scramBootstrap()
                + ": wrong SCRAM username or password" + System.lineSeparator());

        cli.env.clear();
        assertThat(cli.run("connections", "test", "secure")).isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: No password for SCRAM user 'alice': set PINPIPE_SCRAM_PASSWORD");

        assertThat(Files.readString(AppPaths.under(home).configDir().resolve("connections.json"))).doesNotContain(kafka.scramPassword()).doesNotContain("wrong");
    }

    @Test
    void testTakesTheSameOptionsAsEveryClusterCommand(SecureKafkaBroker kafka) throws IOException {
        assertThat(cli.run("connections", "test", "--bootstrap", kafka.tlsBootstrap(), "--auth", "tls",
                "--truststore", kafka.truststore().toString())).isZero();

        assertThat(cli.run("connections", "test", "--bootstrap", kafka.tlsBootstrap(), "--auth", "tls", "--timeout", "5"))
                .isEqualTo(OneLineErrors.FAILED);
        assertThat(cli.err).startsWith("pinpipe: TLS handshake with " + kafka.tlsBootstrap() + " failed: the broker's certificate is not trusted");

        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();
            assertThat(cli.run("connections", "test", "--bootstrap", "127.0.0.1:" + port)).isEqualTo(OneLineErrors.FAILED);
            assertThat(cli.err).isEqualTo("pinpipe: Nothing is listening at 127.0.0.1:" + port + " (connection refused)" + System.lineSeparator());
        }
    }

    /**
     * The real command line in its own JVM, with its own composition root and the real environment (the other tests
     * here hand the command a test environment): the SCRAM password comes from PINPIPE_SCRAM_PASSWORD.
     */
    @Test
    void theDoctorOfTheRealCommandLineFindsTheScramPasswordInTheEnvironment(SecureKafkaBroker kafka) throws Exception {
        var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CliProcessMain.class.getName(),
                "doctor", "--bootstrap", kafka.scramBootstrap(), "--auth", "scram", "--scram-user", kafka.scramUser(),
                "--no-tls").redirectErrorStream(true);
        command.environment().put(AppPaths.HOME_VARIABLE, home.toString());
        command.environment().put("PINPIPE_SCRAM_PASSWORD", kafka.scramPassword());
        var doctor = command.start();
        var printed = new String(doctor.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(doctor.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(doctor.exitValue()).as(printed).isZero();
        assertThat(printed).contains("All 4 steps passed").doesNotContain(kafka.scramPassword());
    }
}
