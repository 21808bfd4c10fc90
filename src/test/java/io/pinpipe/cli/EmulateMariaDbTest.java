package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.emulator.TopicRecords;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.MariaDbExtension;
import io.pinpipe.testing.MariaDbExtension.MariaDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MariaDB loaded with {@code pinpipe db seed}, read through mysql-connector-j, emulated into a real broker. */
@Tag("slow")
@ExtendWith({MariaDbExtension.class, EmbeddedKafkaExtension.class})
class EmulateMariaDbTest {

    private static final Map<String, String> ENV = Map.of(PasswordSource.VARIABLE, "");
    /** Three batches at maximum pace (500, 500, 200 ids), read by two threads at once: order must hold. */
    private static final int EVENTS = 1_200;
    private static String url;

    @BeforeAll
    static void seed(MariaDb mariaDb) {
        url = mariaDb.createDatabase("emulated");
        var seeded = CliRun.of(ENV, "db", "seed", "--jdbc-url", url);
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
    }

    @Test
    void rowsComeBackColumnByColumnAndTypeByType() throws SQLException {
        try (var source = RowSource.open(SourceSettings.mysql(new MySqlTarget(url), "root", Optional.of("")))) {
            assertThat(source.rowCount()).isEqualTo(11_000);
            for (var id : List.of(0, 42, 7528, 10_999)) {
                var event = source.read(id);
                for (var table : SourceTable.values()) {
                    var expected = SandboxSource.expected(table, id);
                    assertThat(event.rows().get(table)).containsExactlyEntriesOf(expected);
                    expected.forEach((column, value) -> assertThat(event.rows().get(table).get(column))
                            .as(table + "." + column).isExactlyInstanceOf(value.getClass()));
                }
            }
        }
    }

    @Test
    void nEventsGiveNRecordsPerTopicEqualToTheDatabaseRowsInTheSeedsOrder(KafkaBroker broker) {
        var first = emulate(broker, "maria-a-" + Long.toHexString(System.nanoTime()));
        var second = emulate(broker, "maria-b-" + Long.toHexString(System.nanoTime()));

        var json = new RowJson(DateTimeStyle.ISO);
        var sampler = new IdSampler(4242, 11_000);
        var keys = java.util.stream.Stream.generate(sampler::next).limit(EVENTS).map(String::valueOf).toList();
        for (var table : SourceTable.values()) {
            assertThat(first.get(table)).hasSize(EVENTS).extracting(TopicRecords::key).containsExactlyElementsOf(keys);
            assertThat(second.get(table)).extracting(TopicRecords::key).containsExactlyElementsOf(keys);
            for (var record : first.get(table)) {
                assertThat(json.read(record.value())).as(table + " " + record.key())
                        .containsExactlyEntriesOf(asJson(SandboxSource.expected(table, Integer.parseInt(record.key()))));
            }
        }
    }

    private static Map<SourceTable, List<TopicRecords>> emulate(KafkaBroker broker, String prefix) {
        var run = CliRun.of(ENV, "emulate", "--source", url, "--bootstrap", broker.bootstrap(), "--topic-prefix", prefix,
                "--pace", "max", "--count", "" + EVENTS, "--seed", "4242", "--create-topics");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var records = new LinkedHashMap<SourceTable, List<TopicRecords>>();
        for (var table : SourceTable.values()) {
            records.put(table, TopicRecords.read(broker.bootstrap(), table.topic(prefix), EVENTS));
        }
        return records;
    }

    private static Map<String, Object> asJson(Map<String, Object> row) {
        var format = DateTimeFormatter.ofPattern(DateTimeStyle.ISO.pattern());
        var json = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> json.put(column, value instanceof LocalDateTime time ? format.format(time) : value));
        return json;
    }
}
