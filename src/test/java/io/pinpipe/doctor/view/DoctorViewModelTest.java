package io.pinpipe.doctor.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.core.Tone;
import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The doctor dialog's view model without a toolkit: the FX executor runs inline. */
@ExtendWith(EmbeddedKafkaExtension.class)
class DoctorViewModelTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final Async async = new Async(background, Runnable::run, new BackgroundWork());

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void rowsStartPendingAndFillInUntilAllPassed(KafkaBroker kafka) {
        var model = new DoctorViewModel(new ConnectionDoctor(), async,
                new Connection("embedded", kafka.bootstrap(), new AuthSettings.Plaintext()), SecretSource.none());

        model.start();

        assertThat(model.steps()).extracting(StepRow::title).containsExactly("Resolve the bootstrap hosts",
                "Open TCP to the bootstrap brokers", "Kafka answers (no authentication)", "Cluster metadata");
        await().atMost(Duration.ofSeconds(30)).until(() -> !model.runningProperty().get());
        assertThat(model.steps()).extracting(row -> row.stateProperty().get()).containsOnly(StepRow.State.PASSED);
        assertThat(model.verdictProperty().get()).isEqualTo("All 4 steps passed");
        assertThat(model.toneProperty().get()).isEqualTo(Tone.OK);
        assertThat(model.steps().get(3).detailsProperty().get()).isEqualTo("Broker 1 at " + kafka.bootstrap() + ", controller: reachable");
        assertThat(model.reportProperty().get()).startsWith("Pinpipe connection doctor: embedded (" + kafka.bootstrap()
                + ", Plaintext)\n✓ Resolve the bootstrap hosts: 1 of 1 host resolved\n");
        assertThat(model.title()).isEqualTo("Diagnose embedded");
    }

    @Test
    void cancelStopsAHangingStepAndMarksTheRestCancelled() throws Exception {
        // A port that accepts TCP into its backlog but never speaks Kafka: the authentication step waits.
        try (var silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            var model = new DoctorViewModel(new ConnectionDoctor(), async,
                    new Connection("silent", "127.0.0.1:" + silent.getLocalPort(), new AuthSettings.Plaintext()),
                    SecretSource.none());
            model.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> model.steps().get(2).stateProperty().get() == StepRow.State.RUNNING);
            assertThat(model.steps().get(2).messageProperty().get()).isEqualTo("Checking… (at most 12 s)");

            var asked = System.nanoTime();
            model.cancel();

            await().atMost(Duration.ofSeconds(15)).until(() -> !model.runningProperty().get());
            // Half the step's 12 s: far from it on a busy machine, yet short of it.
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("no waiting for the step's timeout").isLessThan(Duration.ofSeconds(6));
            assertThat(model.steps()).extracting(row -> row.stateProperty().get()).containsExactly(StepRow.State.PASSED,
                    StepRow.State.PASSED, StepRow.State.SKIPPED, StepRow.State.SKIPPED);
            assertThat(model.steps().get(2).messageProperty().get()).isEqualTo("Cancelled");
            assertThat(model.verdictProperty().get()).isEqualTo("Cancelled after 2 of 4 passed");
            assertThat(model.reportProperty().get()).endsWith("Cancelled before every step ran.\n");
        }
    }

    @Test
    void runningAgainStartsFromPendingRows() throws Exception {
        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();
            var model = new DoctorViewModel(new ConnectionDoctor(), async,
                    new Connection("closed", "127.0.0.1:" + port, new AuthSettings.Plaintext()), SecretSource.none());
            model.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> !model.runningProperty().get());
            assertThat(model.verdictProperty().get()).isEqualTo("1 of 4 steps passed");
            assertThat(model.toneProperty().get()).isEqualTo(Tone.FAILED);
            assertThat(model.steps().get(1).adviceProperty().get()).startsWith("The host answered but nothing listens on that port");

            model.start();

            assertThat(model.reportProperty().get()).as("the old report is gone while running").isEmpty();
            await().atMost(Duration.ofSeconds(15)).until(() -> !model.runningProperty().get());
            assertThat(model.steps().get(1).stateProperty().get()).isEqualTo(StepRow.State.FAILED);
        }
    }
}
