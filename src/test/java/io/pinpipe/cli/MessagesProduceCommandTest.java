package io.pinpipe.cli;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.ProduceTestKafka;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe messages produce}: what it prints, what Kafka's ConsoleConsumer reads back, and bad input refused. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessagesProduceCommandTest {

    private final String bootstrap;
    private ProduceTestKafka kafka;

    @TempDir
    Path folder;

    MessagesProduceCommandTest(KafkaBroker broker) {
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
    void aMessageWithKeyHeadersAndPartitionPrintsItsOffsetsAndReadsBackByteExact() throws Exception {
        var topic = kafka.topic("cli-produce", 3);

        var run = produce(topic, "--key", "user-7", "--header", "trace=abc", "--header", "expr=a=b", "--partition", "1",
                "--value", "{\"country\": \"Albania\"}", "--value-format", "json", "--repeat", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("partition 1 offset 0\npartition 1 offset 1\n");
        var line = ProduceTestKafka.consoleLine(1, List.of(Message.Header.of("trace", "abc"), Message.Header.of("expr", "a=b")),
                utf8("user-7"), utf8("{\"country\": \"Albania\"}"));
        assertThat(kafka.consoleConsumer(topic, 2)).containsExactly(line, line);
    }

    @Test
    void jsonOutputListsEachMessage() throws Exception {
        var topic = kafka.topic("cli-json", 1);

        var run = produce(topic, "--value", "plain text", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"index\" : 1", "\"partition\" : 0", "\"offset\" : 0", "\"sent\" : 1", "\"refused\" : 0");
    }

    @Test
    void invalidJsonIsRefusedWithLineAndColumnAndNothingIsSent() throws Exception {
        var topic = kafka.topic("cli-bad-json", 2);

        var run = produce(topic, "--value", "{\"a\": 1,\n \"b\": }", "--value-format", "json");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("pinpipe: Value is not JSON: line 2, column 7: unexpected character '}'\n");
        assertThat(kafka.endOffsets(topic, 2)).containsOnly(Map.entry(0, 0L), Map.entry(1, 0L));
    }

    @Test
    void aPartitionThatDoesNotExistNamesTheValidOnesAndNothingIsSent() throws Exception {
        var topic = kafka.topic("cli-bad-partition", 3);

        var run = produce(topic, "--value", "v", "--partition", "7");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).isEqualTo("pinpipe: Partition 7 does not exist in topic '" + topic
                + "': its partitions are 0 to 2; nothing was sent\n");
        assertThat(kafka.endOffsets(topic, 3)).containsOnly(Map.entry(0, 0L), Map.entry(1, 0L), Map.entry(2, 0L));
    }

    @Test
    void aFileLineThatIsNotJsonIsNamedByNumberAndNothingIsSent() throws Exception {
        var topic = kafka.topic("cli-bad-file", 1);
        var file = Files.writeString(folder.resolve("in.jsonl"),
                "{\"value\": \"one\"}\n{\"key\": \"k\", \"value\": {\"n\": 2}}\n\n{\"value\": \"four\", }\n{\"value\": \"five\"}\n");

        var run = produce(topic, "--file", file.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("pinpipe: Line 4 is not JSON: column 19: ").hasLineCount(1);
        assertThat(kafka.endOffsets(topic, 1)).containsEntry(0, 0L);
    }

    @Test
    void aTopicThatDoesNotExistIsNamedAndNotCreated() throws Exception {
        var topic = ProduceTestKafka.unique("cli-missing");

        var run = produce(topic, "--value", "v");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("pinpipe: Topic '" + topic + "' does not exist at ").hasLineCount(1);
        assertThat(kafka.exists(topic)).isFalse();
    }

    @Test
    void standardInputIsTheValueOrWithFileDashTheJsonLines() throws Exception {
        var topic = kafka.topic("cli-stdin", 1);

        var value = withInput("piped value\n", () -> produce(topic, "--key", "k", "--value", "-"));
        var lines = withInput("{\"key\": \"a\", \"value\": 1}\n{\"value\": {\"n\": 2}}\n", () -> produce(topic, "--file", "-"));

        assertThat(value.exitCode()).as(value.err()).isZero();
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        assertThat(value.out() + lines.out()).isEqualTo("partition 0 offset 0\npartition 0 offset 1\npartition 0 offset 2\n");
        assertThat(kafka.consoleConsumer(topic, 3)).containsExactly(
                ProduceTestKafka.consoleLine(0, List.of(), utf8("k"), utf8("piped value")),
                ProduceTestKafka.consoleLine(0, List.of(), utf8("a"), utf8("1")),
                ProduceTestKafka.consoleLine(0, List.of(), null, utf8("{\"n\": 2}")));
    }

    @Test
    void withoutValueOrFileStandardInputIsNotReadAndTheCommandSaysWhatToGive() throws Exception {
        var topic = kafka.topic("cli-no-value", 1);

        var run = withInput("not meant as a value\n", () -> produce(topic, "--key", "k"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Give --value V, --value - (standard input) or --file F.jsonl").hasLineCount(1);
        assertThat(kafka.endOffsets(topic, 1)).containsEntry(0, 0L);
    }

    @Test
    void anEmptyStandardInputWithValueDashSendsAnEmptyValue() throws Exception {
        var topic = kafka.topic("cli-empty-stdin", 1);

        var run = withInput("", () -> produce(topic, "--value", "-"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(kafka.records(topic, 0, 1)).singleElement().satisfies(record -> assertThat(record.value()).isEmpty());
    }

    @Test
    void byKeyIgnoresTheFilesPartitionsAndKeepTimestampsSendsTheExportedTimestamps() throws Exception {
        var topic = kafka.topic("cli-by-key", 3);
        var file = Files.writeString(folder.resolve("export.jsonl"),
                "{\"partition\":2,\"offset\":7,\"timestamp\":\"2026-01-02T03:04:05.678Z\",\"key\":\"same\",\"value\":\"a\"}\n"
                        + "{\"partition\":1,\"offset\":9,\"timestamp\":\"2026-01-02T03:04:06Z\",\"key\":\"same\",\"value\":\"b\"}\n");

        var run = produce(topic, "--file", file.toString(), "--by-key", "--keep-timestamps");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).replaceAll(" offset.*", "")).isEqualTo(lines.get(1).replaceAll(" offset.*", ""));
        var partition = Integer.parseInt(lines.get(0).split(" ")[1]);
        assertThat(kafka.records(topic, partition, 2)).extracting(record -> record.timestamp())
                .containsExactly(java.time.Instant.parse("2026-01-02T03:04:05.678Z").toEpochMilli(),
                        java.time.Instant.parse("2026-01-02T03:04:06Z").toEpochMilli());
    }

    @Test
    void withoutKeepTimestampsTheFilesPartitionsAreKeptAndTheTimestampIsTheTimeOfSending() throws Exception {
        var topic = kafka.topic("cli-keep-partition", 3);
        var file = Files.writeString(folder.resolve("export.jsonl"),
                "{\"partition\":2,\"timestamp\":\"2020-01-02T03:04:05Z\",\"value\":\"a\"}\n");
        var before = System.currentTimeMillis();

        var run = produce(topic, "--file", file.toString());

        assertThat(run.out()).as(run.err()).isEqualTo("partition 2 offset 0\n");
        assertThat(kafka.records(topic, 2, 1).get(0).timestamp()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void byKeyWithPartitionIsAUsageError() throws Exception {
        var file = Files.writeString(folder.resolve("in.jsonl"), "{\"value\": \"one\"}\n");

        var run = produce("any-topic", "--file", file.toString(), "--by-key", "--partition", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--by-key and --partition contradict each other").hasLineCount(1);
    }

    private static CliRun withInput(String input, java.util.function.Supplier<CliRun> run) {
        var original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aFileWithKeyOrValueOptionsIsAUsageError() throws Exception {
        var file = Files.writeString(folder.resolve("in.jsonl"), "{\"value\": \"one\"}\n");

        var run = produce("any-topic", "--file", file.toString(), "--value", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--file takes key, value and headers from each line").hasLineCount(1);
    }

    private CliRun produce(String topic, String... options) {
        var args = new java.util.ArrayList<>(List.of("messages", "produce", topic, "--bootstrap", bootstrap));
        args.addAll(List.of(options));
        return CliRun.of(Map.of(), args.toArray(String[]::new));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
