package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pinpipe.emulator.RestartableKafka;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/** A broker that goes away mid-read and comes back: the listener hears why, then that it resumed; nothing is lost. */
@Tag("slow")
class InsightsReaderRestartTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedConnectionIsReportedAndReadingResumesWhereItStopped() throws Exception {
        try (var broker = new RestartableKafka(dir); var kafka = new PipelineKafka(broker.bootstrap());
             var client = kafka.client()) {
            var prefix = PipelineKafka.prefix("restart");
            kafka.create(prefix, 1, DataSet.values());
            kafka.post(prefix, 1, "art", "Chad");
            kafka.post(prefix, 2, "art", "Chad");
            var listener = new RecordingListener();
            try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING, listener)) {
                assertThat(run.awaitIdle(Duration.ofMillis(300)).status().rowsJoined()).isEqualTo(2);

                broker.stop();
                await().atMost(Duration.ofSeconds(30)).until(() -> !listener.problems.isEmpty());
                broker.start();
                kafka.post(prefix, 3, "travel", "Peru");

                await().atMost(Duration.ofSeconds(60)).until(() -> !listener.resumptions.isEmpty());
                var status = run.awaitIdle(Duration.ofMillis(300)).status();
                assertThat(status.rowsJoined()).isEqualTo(3);
                assertThat(status.duplicates()).isZero();
                assertThat(status.eventsRead()).containsEntry(DataSet.PIN, 3L);
                assertThat(listener.problems.get(0)).contains("Cannot reach", "retrying");
            }
        }
    }
}
