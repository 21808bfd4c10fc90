package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.pinpipe.doctor.StepId.AUTHENTICATE;
import static io.pinpipe.doctor.StepId.METADATA;
import static io.pinpipe.doctor.StepId.RESOLVE;
import static io.pinpipe.doctor.StepId.TCP;
import static org.assertj.core.api.Assertions.assertThat;

/** The doctor against the shared plaintext broker, a closed port and a host that does not exist. */
@ExtendWith(EmbeddedKafkaExtension.class)
class ConnectionDoctorTest {

    @Test
    void aWorkingBrokerIsGreenAllTheWayWithItsClusterIdAndAdvertisedAddress(KafkaBroker kafka) {
        var diagnosis = Diagnosis.of(new Connection("embedded", kafka.bootstrap(), new AuthSettings.Plaintext()), SecretSource.none());

        assertThat(diagnosis.symbols()).containsExactly(entry(RESOLVE, "✓"), entry(TCP, "✓"), entry(AUTHENTICATE, "✓"),
                entry(METADATA, "✓"));
        assertThat(diagnosis.report().allPassed()).isTrue();
        assertThat(diagnosis.step(RESOLVE).result().message()).isEqualTo("1 of 1 host resolved");
        assertThat(details(diagnosis.step(RESOLVE))).containsExactly("127.0.0.1 → 127.0.0.1");
        assertThat(diagnosis.step(TCP).result().message()).isEqualTo("1 of 1 bootstrap brokers accept connections");
        assertThat(diagnosis.step(AUTHENTICATE).title()).isEqualTo("Kafka answers (no authentication)");
        assertThat(diagnosis.step(AUTHENTICATE).result().message())
                .startsWith("The bootstrap broker answered a Kafka request in plaintext, no authentication asked");
        assertThat(diagnosis.step(METADATA).result().message())
                .matches("Cluster \\S+: 1 broker, controller 1; every advertised address is reachable");
        assertThat(details(diagnosis.step(METADATA))).containsExactly("Broker 1 at " + kafka.bootstrap() + ", controller: reachable");
        assertThat(diagnosis.heard()).containsExactly("started RESOLVE", "finished RESOLVE", "started TCP", "finished TCP",
                "started AUTHENTICATE", "finished AUTHENTICATE", "started METADATA", "finished METADATA");
    }

    @Test
    void aClosedPortIsRedAtTcpAsRefusedAndTheRestIsSkipped() {
        try (var closed = ClosedPort.open()) {
            var port = closed.port();
            var diagnosis = Diagnosis.of(new Connection("closed", "127.0.0.1:" + port, new AuthSettings.Plaintext()), SecretSource.none());

            assertThat(diagnosis.symbols()).containsExactly(entry(RESOLVE, "✓"), entry(TCP, "✗"), entry(AUTHENTICATE, "–"),
                    entry(METADATA, "–"));
            var tcp = diagnosis.step(TCP).result();
            assertThat(tcp.message()).isEqualTo("Nothing is listening at 127.0.0.1:" + port + " (connection refused)");
            assertThat(tcp.advice()).hasValueSatisfying(advice -> assertThat(advice)
                    .startsWith("The host answered but nothing listens on that port: check the port (on MSK, 9098 is IAM"));
            assertThat(diagnosis.step(AUTHENTICATE).result().message())
                    .isEqualTo("Skipped: “Open TCP to the bootstrap brokers” did not pass");
            assertThat(diagnosis.step(METADATA).result().message())
                    .as("names the step that failed, not the one skipped").isEqualTo("Skipped: “Open TCP to the bootstrap brokers” did not pass");
            assertThat(diagnosis.report().allPassed()).isFalse();
            assertThat(diagnosis.heard()).as("skipped steps are heard of, never started")
                    .containsExactly("started RESOLVE", "finished RESOLVE", "started TCP", "finished TCP",
                            "finished AUTHENTICATE", "finished METADATA");
        }
    }

    @Test
    void anUnresolvableHostIsRedAtResolveWithItsMessage() {
        var diagnosis = Diagnosis.of(new Connection("typo", "b-1.no-such-cluster.invalid:9092", new AuthSettings.Plaintext()),
                SecretSource.none());

        assertThat(diagnosis.symbols()).containsExactly(entry(RESOLVE, "✗"), entry(TCP, "–"), entry(AUTHENTICATE, "–"),
                entry(METADATA, "–"));
        var resolve = diagnosis.step(RESOLVE).result();
        assertThat(resolve.message()).startsWith("Cannot resolve b-1.no-such-cluster.invalid (")
                .as("the resolver's own words").containsPattern("\\((Name or service not known|.*not known.*|.*resolution.*)\\)");
        assertThat(resolve.advice()).hasValueSatisfying(advice -> assertThat(advice).startsWith("Check the host name for typos"));
        assertThat(diagnosis.step(TCP).result().message()).isEqualTo("Skipped: “Resolve the bootstrap hosts” did not pass");
    }

    @Test
    void theReportTextHasALinePerStepAndTheAdvice() {
        try (var closed = ClosedPort.open()) {
            var port = closed.port();
            var report = Diagnosis.of(new Connection("closed", "127.0.0.1:" + port, new AuthSettings.Plaintext()), SecretSource.none())
                    .report().text();

            assertThat(report.lines()).startsWith("Pinpipe connection doctor: closed (127.0.0.1:" + port + ", Plaintext)",
                    "✓ Resolve the bootstrap hosts: 1 of 1 host resolved", "    127.0.0.1 → 127.0.0.1",
                    "✗ Open TCP to the bootstrap brokers: Nothing is listening at 127.0.0.1:" + port + " (connection refused)");
            assertThat(report).contains("    → The host answered but nothing listens on that port")
                    .contains("– Kafka answers (no authentication): Skipped: ");
        }
    }

    @Test
    void interruptingTheCallerCancelsTheRestOfTheRun(KafkaBroker kafka) {
        var connection = new Connection("embedded", kafka.bootstrap(), new AuthSettings.Plaintext());
        var report = new ConnectionDoctor().diagnose(connection, SecretSource.none(), new DoctorListener() {
            @Override
            public void finished(StepReport step) {
                if (step.step() == TCP) {
                    Thread.currentThread().interrupt(); // as cancelling its job does to the thread running the doctor
                }
            }
        });
        var interrupted = Thread.interrupted();

        assertThat(interrupted).as("the interrupt is kept for the caller").isTrue();
        assertThat(report.cancelled()).isTrue();
        assertThat(report.allPassed()).isFalse();
        assertThat(report.steps()).extracting(step -> step.result().message())
                .containsExactly("1 of 1 host resolved", "1 of 1 bootstrap brokers accept connections", "Cancelled", "Cancelled");
    }

    static java.util.List<String> details(StepReport step) {
        return ((StepResult.Passed) step.result()).details();
    }

    private static java.util.Map.Entry<StepId, String> entry(StepId id, String symbol) {
        return java.util.Map.entry(id, symbol);
    }
}
