package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorListener;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.KafkaSink;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The key check: a seeded emulator run from the sample database into a real broker, plus posts whose
 * partners never arrive and rows sent twice, read by the reader to idle; then the eight answers computed again, with
 * cleaning and queries written anew in SQL over the sample database's own tables for the ids that were sent, must
 * equal the engine's, every query, to the row.
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class InsightsIndependentCheckTest {

    private static final int EVENTS = 3_000;
    private static final long SEED = 7;
    @TempDir
    static Path home;
    private static SampleDatabase database;
    private final KafkaBroker broker;

    InsightsIndependentCheckTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeAll
    static void createDatabase() {
        database = SandboxSource.create(home);
    }

    @Test
    void theEightAnswersEqualTheSameQuestionsAskedOfTheSourceRows() throws Exception {
        var prefix = PipelineKafka.prefix("check");
        var sent = sentIds();
        try (var kafka = new PipelineKafka(broker.bootstrap()); var client = kafka.client()) {
            kafka.create(prefix, 3, DataSet.values());
            emulate(prefix);
            var json = new RowJson(DateTimeStyle.ORIGINAL);
            var strangers = new IdSampler(99, SampleDataset.DEFAULT_ROWS);
            var orphans = new ArrayList<Integer>();
            while (orphans.size() < 25) {
                int id = strangers.next();
                if (!sent.contains(id) && !orphans.contains(id)) {
                    orphans.add(id);
                }
            }
            // 15 posts alone, 10 posts with their geolocation: none of them ever gets its user.
            for (int i = 0; i < orphans.size(); i++) {
                kafka.send(prefix, DataSet.PIN, json.writeBytes(SandboxSource.expected(SourceTable.PIN, orphans.get(i))));
                if (i >= 15) {
                    kafka.send(prefix, DataSet.GEO, json.writeBytes(SandboxSource.expected(SourceTable.GEO, orphans.get(i))));
                }
            }
            // 30 events sent once more, byte for byte.
            var again = sent.stream().limit(30).toList();
            for (int id : again) {
                for (var table : SourceTable.values()) {
                    kafka.send(prefix, DataSet.values()[table.ordinal()], json.writeBytes(SandboxSource.expected(table, id)));
                }
            }

            InsightsSnapshot snapshot;
            try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                    new RecordingListener())) {
                snapshot = run.awaitIdle(Duration.ofMillis(500));
            }

            var status = snapshot.status();
            assertThat(status.eventsRead()).isEqualTo(Map.of(DataSet.PIN, EVENTS + 25L + 30, DataSet.GEO,
                    EVENTS + 10L + 30, DataSet.USER, EVENTS + 30L));
            assertThat(status.rowsJoined()).isEqualTo(sent.size());
            assertThat(status.rowsWaiting()).isEqualTo(35);
            assertThat(status.duplicates()).isEqualTo(3L * (EVENTS - sent.size()) + 90);
            assertThat(status.unreadable()).isEmpty();
            try (var connection = database.connect()) {
                var expected = new IndependentAnswers(connection, sent);
                for (var query : Query.values()) {
                    assertThat(snapshot.result(query).rows()).as(query.name()).isNotEmpty()
                            .isEqualTo(expected.rows(query));
                }
            }
        }
    }

    private static Set<Integer> sentIds() {
        var sampler = new IdSampler(SEED, SampleDataset.DEFAULT_ROWS);
        var ids = new LinkedHashSet<Integer>();
        for (int i = 0; i < EVENTS; i++) {
            ids.add(sampler.next());
        }
        return ids;
    }

    private void emulate(String prefix) throws Exception {
        var stats = new EmulatorStats(prefix);
        var properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrap());
        var engine = new EmulatorEngine(RowSource.open(SourceSettings.sandbox(database)),
                new KafkaSink(properties, prefix, new RowJson(DateTimeStyle.ORIGINAL), stats), stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.Count(EVENTS), SEED), EmulatorListener.NONE);
        engine.start();
        var summary = engine.finished().get(120, TimeUnit.SECONDS);
        assertThat(summary.stats().acked()).isEqualTo(3L * EVENTS);
    }

    /** Keeps the ids in a table of the test's own copy of the sample database. */
    static void keepIds(Connection connection, Set<Integer> ids) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS sent_ids");
            statement.execute("CREATE TABLE sent_ids (id INT PRIMARY KEY)");
        }
        try (var insert = connection.prepareStatement("INSERT INTO sent_ids VALUES (?)")) {
            for (int id : ids) {
                insert.setInt(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
