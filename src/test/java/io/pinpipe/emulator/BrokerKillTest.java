package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.KafkaTestClients;
import io.pinpipe.testing.PortRetry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox broker, a real process of its own, killed with SIGKILL in the middle of a run and started again:
 * the run goes on by itself, every sampled record is acked or failed, and each acked one is in Kafka exactly once.
 */
@Tag("slow")
class BrokerKillTest {

    private static final String PREFIX = "killed";

    @TempDir
    Path home;

    @Test
    void aBrokerKilledMidRunAndStartedAgainLosesNothingAndDuplicatesNothing() throws Exception {
        // A port is only a preference: the sandbox takes another when it is busy, and says which it took.
        var options = SandboxOptions.defaults().withPreferredPort(PortRetry.candidate());
        var sandbox = new SandboxBroker(AppPaths.under(home), options);
        try (var database = new H2Server("killed", 500)) {
            var first = sandbox.start();
            for (var table : SourceTable.values()) {
                KafkaTestClients.createTopic(first.bootstrap(), table.topic(PREFIX));
            }
            var ids = new CopyOnWriteArrayList<Integer>();
            var states = new CopyOnWriteArrayList<EmulatorState>();
            var stats = new EmulatorStats(PREFIX);
            var properties = new Properties();
            properties.put("bootstrap.servers", first.bootstrap());
            var engine = new EmulatorEngine(RowSource.open(database.settings()),
                    new KafkaSink(properties, PREFIX, new RowJson(DateTimeStyle.ISO), stats), stats,
                    new EmulatorSettings(new Pacing.Rate(200), new Limit.None(), 21), new EmulatorListener() {
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
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.stats().acked() > 300);

            var broker = ProcessHandle.of(first.pid()).orElseThrow();
            assertThat(broker.destroyForcibly()).as("SIGKILL sent").isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> !broker.isAlive());
            var ackedWhenKilled = engine.stats().acked();
            // Restarting takes seconds, all of them with the broker away: nothing to wait for but the kill itself.
            assertThat(engine.stats().inFlightTotal()).as("records waiting for the broker").isPositive();
            var firstPort = Integer.parseInt(first.bootstrap().substring(first.bootstrap().lastIndexOf(':') + 1));
            var second = new SandboxBroker(AppPaths.under(home), options.withPreferredPort(firstPort)).start();
            assertThat(second.pid()).isNotEqualTo(first.pid());
            assertThat(second.bootstrap()).as("the only address the run knows").isEqualTo(first.bootstrap());
            await().atMost(Duration.ofSeconds(90)).until(() -> engine.stats().acked() > ackedWhenKilled + 900);
            assertThat(engine.state()).isInstanceOf(EmulatorState.Running.class);
            engine.stop();
            var summary = engine.finished().get(90, TimeUnit.SECONDS).stats();

            assertThat(summary.acked() + summary.failed()).isEqualTo(summary.sampled());
            assertThat(summary.failed()).as("records given up on").isZero();
            assertThat(summary.sampled()).isEqualTo(3L * ids.size());
            assertThat(states).noneMatch(EmulatorState.Failed.class::isInstance);
            var expected = expectedValues(database, ids);
            for (var table : SourceTable.values()) {
                var records = TopicRecords.read(second.bootstrap(), table.topic(PREFIX), ids.size());
                assertThat(records).extracting(TopicRecords::key).as(table.topic(PREFIX))
                        .containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
                for (var record : records) {
                    assertThat(record.value()).as(table + " " + record.key())
                            .isEqualTo(expected.get(table).get(Integer.parseInt(record.key())));
                }
            }
        } finally {
            sandbox.stop();
        }
    }

    /** The JSON each table's row must have arrived as, read straight from the database. */
    private static Map<SourceTable, Map<Integer, String>> expectedValues(H2Server database, List<Integer> ids) throws Exception {
        var json = new RowJson(DateTimeStyle.ISO);
        var values = new HashMap<SourceTable, Map<Integer, String>>();
        try (var source = RowSource.open(database.settings())) {
            for (var event : source.read(ids.stream().distinct().toList())) {
                event.rows().forEach((table, row) -> values.computeIfAbsent(table, t -> new HashMap<>()).put(event.id(), json.write(row)));
            }
        }
        return values;
    }
}
