package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerFailureTest {

    private final SandboxFiles files = SandboxFiles.under(Path.of("/home/ann/.local/share/pinpipe/sandbox"));
    private final BrokerProperties broker = new BrokerProperties(files.dataDir(), 9092, 40001);

    @Test
    void aBindFailureNamesThePorts() {
        var failure = BrokerFailure.exited(1, List.of(
                "2025-05-01 10:00:00.000 ERROR [main] kafka.network.DataPlaneAcceptor - Socket server failed to bind",
                "org.apache.kafka.common.KafkaException: Socket server failed to bind to 127.0.0.1:9092: Address already in use."),
                broker, files);

        assertThat(failure.reason()).isEqualTo(StartFailure.PORT_IN_USE);
        assertThat(failure.getMessage()).isEqualTo("The sandbox broker could not open its ports (9092 for clients, "
                + "40001 for its controller): another program took one of them. Start it again to pick other ports.");
    }

    @Test
    void aBindFailureTellsWhetherTheClientsOrTheControllersPortWentElsewhere() {
        var clients = List.of("org.apache.kafka.common.KafkaException: Socket server failed to bind to 127.0.0.1:9092: "
                + "Address already in use.");
        var controller = List.of("org.apache.kafka.common.KafkaException: Socket server failed to bind to "
                + "127.0.0.1:40001: Address already in use.");

        assertThat(BrokerFailure.controllerPortTaken(clients, broker)).isFalse();
        assertThat(BrokerFailure.controllerPortTaken(controller, broker)).isTrue();
        assertThat(BrokerFailure.controllerPortTaken(List.of("java.net.BindException: Address already in use"), broker))
                .as("unnamed: the clients' port is the one to move").isFalse();
    }

    @Test
    void aFullDiskAndAnOutOfMemoryAreNamed() {
        assertThat(BrokerFailure.exited(1, List.of("java.io.IOException: No space left on device"), broker, files).reason())
                .isEqualTo(StartFailure.DISK);
        assertThat(BrokerFailure.exited(3, List.of("Terminating due to java.lang.OutOfMemoryError: Java heap space"),
                broker, files).getMessage()).isEqualTo("The sandbox broker ran out of memory (its heap is limited to 256 MB).");
    }

    @Test
    void anyOtherExitQuotesTheLastErrorAndTheExitCode() {
        var tail = List.of(
                "2025-05-01 10:00:00.000 ERROR [main] kafka.server.BrokerServer - [BrokerServer id=1] Fatal error during broker startup",
                "2025-05-01 10:00:00.100 ERROR [main] io.pinpipe.sandbox.BrokerMain - The broker configuration x is invalid: bad value",
                "2025-05-01 10:00:00.200 INFO  [main] io.pinpipe.sandbox.BrokerMain - Sandbox broker stopped");

        var failure = BrokerFailure.exited(1, tail, broker, files);

        assertThat(failure.reason()).isEqualTo(StartFailure.EXITED);
        assertThat(failure.getMessage()).isEqualTo("The sandbox broker stopped during its start (exit code 1): "
                + "The broker configuration x is invalid: bad value");
        assertThat(failure.logTail()).isEqualTo(tail);
    }

    @Test
    void anExitWithoutAnErrorPointsAtTheLog() {
        assertThat(BrokerFailure.exited(137, List.of(), broker, files).getMessage())
                .isEqualTo("The sandbox broker stopped during its start (exit code 137). See " + files.brokerLog());
    }

    @Test
    void aTimeoutSaysHowLongItWaited() {
        assertThat(BrokerFailure.timedOut(Duration.ofSeconds(60), List.of(), files).getMessage())
                .isEqualTo("The sandbox broker did not answer within 60 s, so it was stopped. See " + files.brokerLog());
    }
}
