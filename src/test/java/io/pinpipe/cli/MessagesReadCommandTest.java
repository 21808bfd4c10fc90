package io.pinpipe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code pinpipe messages read} and {@code tail} against a real broker: every --from form, the formats, bad input. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessagesReadCommandTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Partition p, message i: timestamp T0 + 1000 i + p (recent: retention would delete old timestamps). */
    private static final long T0 = System.currentTimeMillis() - 3_600_000L;

    private final String bootstrap;
    private Admin admin;
    private KafkaProducer<String, String> producer;
    private String topic;

    MessagesReadCommandTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @BeforeEach
    void setUp() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
        topic = "cli-read-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        latest.put(new TopicPartition(topic, 0), OffsetSpec.latest());
        latest.put(new TopicPartition(topic, 1), OffsetSpec.latest());
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == 2);
        for (var i = 0; i < 30; i++) {
            for (var p = 0; p < 2; p++) {
                var value = i % 10 == 0 ? "{\"hit\":true,\"n\":" + i + "}" : "v" + p + "-" + i;
                producer.send(new ProducerRecord<>(topic, p, T0 + 1000L * i + p, "k" + i, value,
                        List.of(new RecordHeader("source", "test".getBytes(StandardCharsets.UTF_8)))));
            }
        }
        producer.flush();
    }

    @AfterEach
    void tearDown() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }

    @Test
    void rawFromTheBeginningPrintsEveryValueOldestFirstAndASummaryOnStderr() {
        var run = read("--from", "beginning", "--count", "5", "--format", "raw");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\"hit\":true,\"n\":0}\n{\"hit\":true,\"n\":0}\nv0-1\nv1-1\nv0-2\n");
        assertThat(run.err()).startsWith("Scanned ").contains("5 matched").doesNotContain("\tat ");
    }

    @Test
    void endPrintsTheNewestNewestFirst() {
        var run = read("--from", "end", "--count", "3", "--format", "raw");
        assertThat(run.out()).isEqualTo("v1-29\nv0-29\nv1-28\n");
    }

    @Test
    void offsetsForAllPerPartitionAndChosenPartitions() {
        assertThat(read("--from", "28", "--format", "raw").out()).isEqualTo("v0-28\nv1-28\nv0-29\nv1-29\n");
        assertThat(read("--from", "27", "--partition", "1", "--format", "raw").out()).isEqualTo("v1-27\nv1-28\nv1-29\n");
        assertThat(read("--from", "0:29,1:28", "--format", "raw").out()).isEqualTo("v1-28\nv0-29\nv1-29\n");
    }

    @Test
    void aDateTimeAndATimeAgoStartAtTheFirstMessageAtOrAfterIt() {
        var at = Instant.ofEpochMilli(T0 + 27_500).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(read("--from", at, "--format", "raw").out()).isEqualTo("v0-28\nv1-28\nv0-29\nv1-29\n");
        assertThat(read("--from", "-1m", "--format", "raw").out()).isEmpty();
        assertThat(read("--from", "-2h", "--count", "0", "--format", "raw").out().lines()).hasSize(60);
    }

    @Test
    void jsonLinesThroughAFilterWithEveryMatch() throws Exception {
        var run = read("--filter", "$.hit = true", "--count", "0", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        // Every match as read: each partition in offset order, the partitions in the order their fetches came.
        var mapper = new ObjectMapper();
        var parsed = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        for (var line : lines) {
            parsed.add(mapper.readTree(line));
        }
        assertThat(parsed).extracting(n -> n.get("partition").asInt() + "@" + n.get("offset").asLong())
                .containsExactlyInAnyOrder("0@0", "0@10", "0@20", "1@0", "1@10", "1@20");
        var first = parsed.stream().filter(n -> n.get("partition").asInt() == 0).findFirst().orElseThrow();
        assertThat(first.get("offset").asLong()).isZero();
        assertThat(first.get("key").asText()).isEqualTo("k0");
        assertThat(first.get("value").asText()).isEqualTo("{\"hit\":true,\"n\":0}");
        assertThat(first.get("headers").get(0).get("key").asText()).isEqualTo("source");
        assertThat(run.err()).contains("60 messages").contains("6 matched");
    }

    @Test
    void csvHasAHeaderRowThenARowPerMessage() {
        var run = read("--from", "29", "--partition", "0", "--format", "csv");
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("partition,offset,timestamp");
        assertThat(lines.get(1)).startsWith("0,29,").contains("k29").contains("v0-29");
    }

    @Test
    void textShowsWhereWhenKeyHeadersAndThePrettyValue() {
        var run = read("--from", "0", "--partition", "0", "--count", "1");
        assertThat(run.out()).startsWith("partition 0  offset 0  " + Instant.ofEpochMilli(T0) + " (CreateTime)  key k0\n"
                + "  header source = test\n  {\n");
        assertThat(run.out()).contains("\"n\" : 0");
    }

    @Test
    void overTheScanLimitItSaysSoBeforeAndStopsThereWithExitZero() {
        var run = read("--scan-limit", "20", "--count", "0", "--format", "raw", "--filter", "value contains \"9\"");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Up to 60 messages").contains("this stops after 20 messages")
                .contains("Scanned 20 messages").contains("stopped at the scan limit (20 messages)");
        assertThat(run.out().lines()).allMatch(line -> line.contains("9"));
    }

    @Test
    void badInputIsOneLineOnStderrAndNothingRead() {
        assertRefused(read("--from", "yesterday"), "Could not read 'yesterday' as a start: use beginning");
        assertRefused(read("--from", "70"), "Partition 0 holds offsets 0 to 29; 70 is out of range");
        assertRefused(read("--from", "2026-02-30 10:00"), "'2026-02-30 10:00' is not a date-time");
        assertRefused(read("--partition", "5"), "has no partition 5; its partitions are 0 to 1");
        assertRefused(read("--filter", "value contains"), "Column 15: expected a value");
        assertRefused(read("--format", "xml"), "'xml' is not a format: use text, json, csv or raw");
        assertRefused(run("messages", "read", topic + "-missing", "--bootstrap", bootstrap), "does not exist");
    }

    @Test
    void tailPrintsNewMessagesAsTheyArriveUntilStopped() throws Exception {
        var out = new StringWriter();
        var err = new StringWriter();
        var stop = new AtomicBoolean();
        CommandLineFactory factory = new CommandLineFactory(stop);
        var exit = new AtomicInteger(-1);
        var tail = new Thread(() -> exit.set(PinpipeCommand.commandLine(new PrintWriter(out, true),
                new PrintWriter(err, true), factory).execute("messages", "tail", topic, "--bootstrap", bootstrap,
                "--from", "0:30,1:30", "--format", "raw", "--filter", "value contains \"new\"")));
        tail.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> factory.started.get());
        producer.send(new ProducerRecord<>(topic, 1, "k", "old-style"));
        producer.send(new ProducerRecord<>(topic, 1, "k", "new-1"));
        producer.send(new ProducerRecord<>(topic, 0, "k", "new-2"));
        producer.flush();

        await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().lines().count() >= 2);
        stop.set(true);
        tail.join(5_000);
        assertThat(tail.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(out.toString().lines()).containsExactlyInAnyOrder("new-1", "new-2");
    }

    /** Makes the tail command stoppable from the test and says when it was created. */
    private static final class CommandLineFactory implements picocli.CommandLine.IFactory {
        final AtomicBoolean started = new AtomicBoolean();
        private final AtomicBoolean stop;

        CommandLineFactory(AtomicBoolean stop) {
            this.stop = stop;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            var made = picocli.CommandLine.defaultFactory().create(type);
            if (made instanceof MessagesTailCommand tail) {
                tail.stop = stop::get;
                started.set(true);
            }
            return made;
        }
    }

    private static void assertRefused(CliRun run, String part) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("pinpipe: ").contains(part);
    }

    private CliRun read(String... args) {
        var all = new java.util.ArrayList<>(List.of("messages", "read", topic, "--bootstrap", bootstrap));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static CliRun run(String... args) {
        return CliRun.of(Map.of(), args);
    }
}
