package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/** From the sandbox sample database through the engine to a real broker, and back out with a consumer. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class EmulatorKafkaTest {

    private static final int EVENTS = 40;
    @TempDir
    static Path home;
    private static SampleDatabase database;
    private final KafkaBroker broker;

    EmulatorKafkaTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeAll
    static void createDatabase() {
        database = SandboxSource.create(home);
    }

    @Test
    void nEventsGiveNRecordsOnEachTopicKeyedByIdWithTheDatabaseRowAsValue() throws Exception {
        var prefix = prefix("exact");
        var summary = run(prefix, DateTimeStyle.ISO, 7);
        var ids = firstIds(7, EVENTS);

        assertThat(summary.stats().events()).isEqualTo(EVENTS);
        assertThat(summary.stats().failed()).isZero();
        assertThat(summary.stats().acked()).isEqualTo(summary.stats().sampled()).isEqualTo(3L * EVENTS);
        var json = new RowJson(DateTimeStyle.ISO);
        for (var table : SourceTable.values()) {
            var records = TopicRecords.read(broker.bootstrap(), table.topic(prefix), EVENTS);
            assertThat(records).extracting(TopicRecords::key).as(table.topic(prefix))
                    .containsExactlyElementsOf(ids.stream().map(String::valueOf).toList());
            for (var record : records) {
                var expected = asJson(SandboxSource.expected(table, Integer.parseInt(record.key())), DateTimeFormatter.ofPattern(DateTimeStyle.ISO.pattern()));
                assertThat(json.read(record.value())).as(table + " row " + record.key()).containsExactlyEntriesOf(expected);
            }
        }
    }

    @Test
    void theSameSeedSendsTheSameIdsAndTheOriginalStyleWritesDatetimesWithASpace() throws Exception {
        var first = prefix("seed-a");
        var second = prefix("seed-b");
        run(first, DateTimeStyle.ISO, 100);
        run(second, DateTimeStyle.ORIGINAL, 100);

        var keysOfFirst = TopicRecords.read(broker.bootstrap(), first + ".user", EVENTS).stream().map(TopicRecords::key).toList();
        var secondRecords = TopicRecords.read(broker.bootstrap(), second + ".user", EVENTS);
        assertThat(secondRecords).extracting(TopicRecords::key).containsExactlyElementsOf(keysOfFirst);
        var row = new RowJson(DateTimeStyle.ORIGINAL).read(secondRecords.get(0).value());
        assertThat((String) row.get("date_joined")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void aRowThatCannotBeWrittenIsCountedFailedWithItsReasonWhileTheEventsOtherRowsGo() throws Exception {
        var prefix = prefix("unwritable");
        for (var table : SourceTable.values()) {
            KafkaTestClients.createTopic(broker.bootstrap(), table.topic(prefix));
        }
        var stats = new EmulatorStats(prefix);
        var properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrap());
        var good = Row.copyOf(Map.of("ind", 5, "country", "Chad"));
        var bad = Row.copyOf(Map.of("ind", 5, "blob", new Object()));
        var event = new EmulatorEvent(5, Map.of(SourceTable.GEO, good, SourceTable.USER, bad));
        try (var sink = new KafkaSink(properties, prefix, new RowJson(DateTimeStyle.ISO), stats)) {
            sink.prepare(event);
            stats.sampled(event);
            sink.send(event);
            sink.flush();
        }

        var counts = stats.snapshot().topics();
        assertThat(counts.get(SourceTable.GEO.ordinal()).acked()).isEqualTo(1);
        assertThat(counts.get(SourceTable.USER.ordinal()).failed()).isEqualTo(1);
        assertThat(counts.get(SourceTable.USER.ordinal()).lastFailure()).hasValueSatisfying(reason ->
                assertThat(reason).contains("Cannot write a Object as JSON"));
        assertThat(TopicRecords.read(broker.bootstrap(), prefix + ".geo", 1)).extracting(TopicRecords::key).containsExactly("5");
    }

    private RunSummary run(String prefix, DateTimeStyle style, long seed) throws Exception {
        for (var table : SourceTable.values()) {
            KafkaTestClients.createTopic(broker.bootstrap(), table.topic(prefix));
        }
        var stats = new EmulatorStats(prefix);
        var properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrap());
        var engine = new EmulatorEngine(RowSource.open(SourceSettings.sandbox(database)),
                new KafkaSink(properties, prefix, new RowJson(style), stats), stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.Count(EVENTS), seed), EmulatorListener.NONE);
        engine.start();
        var summary = engine.finished().get(60, TimeUnit.SECONDS);
        assertThat(engine.state()).isInstanceOf(EmulatorState.Finished.class);
        return summary;
    }

    private static List<Integer> firstIds(long seed, int count) {
        var sampler = new IdSampler(seed, 11_000);
        return new ArrayList<>(IntStream.range(0, count).mapToObj(i -> sampler.next()).toList());
    }

    /** A row as JSON gives it back: datetimes as text, every other value as it was. */
    private static Map<String, Object> asJson(Map<String, Object> row, DateTimeFormatter format) {
        var json = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> json.put(column, value instanceof LocalDateTime time ? format.format(time) : value));
        return json;
    }

    private static String prefix(String name) {
        return "emu-" + name + "-" + Long.toHexString(System.nanoTime());
    }
}
