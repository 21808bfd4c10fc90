package io.pinpipe.cli;

import io.pinpipe.messages.ProduceTestKafka;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe messages export} to JSON lines and CSV, and its JSON lines produced back into another topic. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessagesExportCommandTest {

    private static final byte[] BINARY = {(byte) 0xff, 0, (byte) 0xfe, (byte) 0x80, 0x41, (byte) 0xc3};

    private final String bootstrap;
    private ProduceTestKafka kafka;

    @TempDir
    Path folder;

    MessagesExportCommandTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @BeforeEach
    void connect() {
        kafka = new ProduceTestKafka(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anExportProducedIntoAnotherTopicKeepsKeysValuesHeadersAndOrderPerPartition() throws Exception {
        var source = kafka.topic("export-source", 3);
        var target = kafka.topic("import-target", 3);
        var sent = fill(source);
        var file = folder.resolve("messages.jsonl");

        var export = run("export", source, "--output", file.toString());
        var imported = run("produce", target, "--file", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("Exported " + sent + " messages to " + file.toAbsolutePath());
        assertThat(Files.readAllLines(file)).hasSize(sent);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().lines()).hasSize(sent);
        var ends = kafka.endOffsets(source, 3);
        assertThat(kafka.endOffsets(target, 3)).isEqualTo(ends);
        for (var partition = 0; partition < 3; partition++) {
            assertThat(described(kafka.records(target, partition, ends.get(partition))))
                    .as("partition " + partition)
                    .isEqualTo(described(kafka.records(source, partition, ends.get(partition))));
        }
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        var topic = kafka.topic("export-csv", 1);
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(topic, 0, utf8("k,1"), utf8("he said \"hi\", then\nleft")));
            producer.send(new ProducerRecord<>(topic, 0, null, utf8("plain")));
            producer.flush();
        }
        var file = folder.resolve("messages.csv");

        var export = run("export", topic, "--output", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        var text = Files.readString(file);
        assertThat(text).startsWith("partition,offset,timestamp,timestampType,key,value,headers\r\n");
        assertThat(text).contains(",CREATE_TIME,\"k,1\",\"he said \"\"hi\"\", then\nleft\",\r\n");
        assertThat(text).contains(",CREATE_TIME,,plain,\r\n");
    }

    @Test
    void countAndPartitionNarrowTheExportAndStandardOutputGetsJsonLines() throws Exception {
        var topic = kafka.topic("export-narrow", 3);
        fill(topic);

        var export = run("export", topic, "--partition", "1", "--count", "2");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"partition\":1,"));
        assertThat(export.out().lines().toList().get(0)).contains("\"offset\":0,");
    }

    @Test
    void aFilterExportsOnlyItsMatchesAndABadOneIsRefusedWithItsPositionBeforeAnythingIsWritten() throws Exception {
        var topic = kafka.topic("export-filter", 3);
        fill(topic);
        var file = folder.resolve("matches.jsonl");

        var export = run("export", topic, "--output", file.toString(), "--filter", "$.n = 4");
        var bad = run("export", topic, "--output", folder.resolve("bad.jsonl").toString(), "--filter", "$.n = = 4");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(3).allSatisfy(line -> assertThat(line).contains("\"n\\\": 4"));
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).startsWith("pinpipe: ").containsIgnoringCase("column").hasLineCount(1);
        assertThat(folder.resolve("bad.jsonl")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndNoFileIsLeft() throws Exception {
        var topic = kafka.topic("export-no-folder", 1);
        var notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");

        var export = run("export", topic, "--output", notAFolder.resolve("out.jsonl").toString());

        assertThat(export.exitCode()).isNotZero();
        assertThat(export.err()).isEqualTo("pinpipe: Cannot export to " + notAFolder.resolve("out.jsonl").toAbsolutePath()
                + ": the folder " + notAFolder.toAbsolutePath() + " cannot be written (it is a file, not a folder)\n");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws Exception {
        var topic = kafka.topic("export-exists", 1);
        var file = Files.writeString(folder.resolve("kept.jsonl"), "precious\n");

        var export = run("export", topic, "--output", file.toString());

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("exists: add --force to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("precious\n");
    }

    /** Keys (one null), text, JSON, binary and tombstone values, headers (binary, null, repeated) on each partition. */
    private int fill(String topic) {
        var count = 0;
        try (var producer = producer()) {
            for (var partition = 0; partition < 3; partition++) {
                for (var i = 0; i < 5; i++) {
                    var key = i == 1 ? null : utf8("key-" + partition + "-" + i);
                    var value = switch (i) {
                        case 2 -> BINARY;
                        case 3 -> null;
                        case 4 -> utf8("{\"n\": " + i + ", \"text\": \"a,b\\n\"}");
                        default -> utf8("value " + partition + " ünï\ttab");
                    };
                    var record = new ProducerRecord<>(topic, partition, key, value);
                    record.headers().add(new RecordHeader("source", utf8("test")));
                    record.headers().add(new RecordHeader("bin", BINARY));
                    record.headers().add(new RecordHeader("none", null));
                    record.headers().add(new RecordHeader("source", utf8("again")));
                    producer.send(record);
                    count++;
                }
            }
            producer.flush();
        }
        return count;
    }

    private KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** Key, value and headers of each record in order, as hex (null as "null"). */
    private static List<String> described(List<ConsumerRecord<byte[], byte[]>> records) {
        var lines = new ArrayList<String>();
        for (var record : records) {
            var headers = Arrays.stream(record.headers().toArray()).map(h -> h.key() + "=" + hex(h.value())).toList();
            lines.add(hex(record.key()) + " " + hex(record.value()) + " " + headers);
        }
        return lines;
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "null" : HexFormat.of().formatHex(bytes);
    }

    private CliRun run(String command, String topic, String... options) {
        var args = new ArrayList<>(List.of("messages", command, topic, "--bootstrap", bootstrap));
        args.addAll(List.of(options));
        return CliRun.of(Map.of(), args.toArray(String[]::new));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
