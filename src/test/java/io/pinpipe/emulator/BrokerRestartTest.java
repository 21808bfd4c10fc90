package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A broker restart in the middle of a run: every record is accounted for and lands exactly once. */
@Tag("slow")
class BrokerRestartTest {

    @TempDir
    Path dir;

    @Test
    void theRunGoesOnAndTheTopicsHoldEveryAckedRecordExactlyOnce() throws Exception {
        try (var database = new H2Server("restart", 500); var kafka = new RestartableKafka(dir)) {
            for (var table : SourceTable.values()) {
                KafkaTestClients.createTopic(kafka.bootstrap(), table.topic("restart"));
            }
            var ids = new CopyOnWriteArrayList<Integer>();
            var stats = new EmulatorStats("restart");
            var properties = new Properties();
            properties.put("bootstrap.servers", kafka.bootstrap());
            var engine = new EmulatorEngine(RowSource.open(database.settings()),
                    new KafkaSink(properties, "restart", new RowJson(DateTimeStyle.ISO), stats), stats,
                    new EmulatorSettings(new Pacing.Rate(100), new Limit.None(), 11), new EmulatorListener() {
                        @Override
                        public void sampled(EmulatorEvent event) {
                            ids.add(event.id());
                        }
                    });
            engine.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.stats().acked() > 150);
            kafka.stop();
            var whileDown = engine.stats().sampled();
            // Away until the run's producer has come back for it and been turned away: it retries, it does not drop.
            await().atMost(Duration.ofSeconds(30)).until(() -> kafka.turnedAway() >= 3);
            assertThat(engine.stats().inFlightTotal()).as("records waiting for the broker").isPositive();
            assertThat(engine.stats().failed()).isZero();
            kafka.start();
            var ackedAfterRestart = engine.stats().acked();
            await().atMost(Duration.ofSeconds(60)).until(() -> engine.stats().acked() > ackedAfterRestart + 150
                    && engine.stats().sampled() > whileDown + 150);
            engine.stop();
            var summary = engine.finished().get(60, TimeUnit.SECONDS).stats();

            assertThat(summary.acked() + summary.failed()).isEqualTo(summary.sampled());
            assertThat(summary.failed()).isZero();
            var expectedKeys = ids.stream().map(String::valueOf).toList();
            for (var table : SourceTable.values()) {
                List<TopicRecords> records = TopicRecords.read(kafka.bootstrap(), table.topic("restart"), expectedKeys.size());
                assertThat(records).extracting(TopicRecords::key).as(table.topic("restart")).containsExactlyElementsOf(expectedKeys);
            }
        }
    }
}
