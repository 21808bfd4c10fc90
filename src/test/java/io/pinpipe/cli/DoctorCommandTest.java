package io.pinpipe.cli;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe doctor} through the real command line: a line per step, exit 0 only when all passed. */
@ExtendWith(EmbeddedKafkaExtension.class)
class DoctorCommandTest {

    @TempDir
    Path home;

    @BeforeEach
    void useTheTemporaryHome() {
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty(AppPaths.HOME_PROPERTY);
    }

    @Test
    void aSavedConnectionToAWorkingBrokerPassesEveryStep(KafkaBroker kafka) {
        assertThat(CliRun.of(Map.of(), "connections", "add", "embedded", "--bootstrap", kafka.bootstrap()).exitCode()).isZero();

        var run = CliRun.of(Map.of(), "doctor", "--connection", "embedded");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(line -> !line.startsWith("    "))).containsExactly(
                "Pinpipe connection doctor: embedded (" + kafka.bootstrap() + ", Plaintext)",
                "✓ Resolve the bootstrap hosts: 1 of 1 host resolved",
                "✓ Open TCP to the bootstrap brokers: 1 of 1 bootstrap brokers accept connections",
                run.out().lines().filter(line -> line.startsWith("✓ Kafka answers (no authentication): The bootstrap broker answered"))
                        .findFirst().orElse("(no authentication line)"),
                run.out().lines().filter(line -> line.matches("✓ Cluster metadata: Cluster \\S+: 1 broker, controller 1; "
                        + "every advertised address is reachable")).findFirst().orElse("(no metadata line)"),
                "All 4 steps passed.");
        assertThat(run.out()).contains("    Broker 1 at " + kafka.bootstrap() + ", controller: reachable");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aClosedPortFailsAtTcpWithAdviceAndExitsOne() throws IOException {
        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();

            var run = CliRun.of(Map.of(), "doctor", "--bootstrap", "127.0.0.1:" + port, "--auth", "plaintext");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("✗ Open TCP to the bootstrap brokers: Nothing is listening at 127.0.0.1:" + port
                            + " (connection refused)\n    → The host answered but nothing listens on that port")
                    .contains("– Kafka answers (no authentication): Skipped: “Open TCP to the bootstrap brokers” did not pass")
                    .endsWith("1 of 4 steps passed: fix the first ✗ above, then run the doctor again.\n");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void anUnresolvableHostFailsAtTheFirstStep() {
        var run = CliRun.of(Map.of(), "doctor", "--bootstrap", "b-1.no-such-cluster.invalid:9096");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✗ Resolve the bootstrap hosts: Cannot resolve b-1.no-such-cluster.invalid (")
                .contains("    → Check the host name for typos").contains("0 of 4 steps passed");
    }

    @Test
    void anUnknownConnectionIsOneLineOnStderr() {
        var run = CliRun.of(Map.of(), "doctor", "--connection", "nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("pinpipe: No connection named 'nope' (see 'pinpipe connections list')" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }
}
