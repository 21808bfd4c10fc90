package io.pinpipe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import io.pinpipe.consumers.TimeLag;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.tools.consumer.group.ResetOffsetsTool;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code pinpipe groups ...} against the embedded broker: tables a person reads, JSON, one-line refusals. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupsCommandTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;

    GroupsCommandTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @Test
    void listDescribeAndLagShowWhereAGroupIs() throws Exception {
        var topic = topicWithMessages("cli-groups-lag", 10);
        var group = unique("cli-group");
        commit(group, topic, 4);

        var listed = groups("list", "--filter", group);
        assertSucceeded(listed);
        assertThat(listed.out().lines()).hasSize(2);
        assertThat(listed.out()).containsPattern("(?m)^" + group + " +classic +Empty +0 +1 +6$");

        var described = groups("describe", group);
        assertSucceeded(described);
        assertThat(described.out()).contains("Group " + group + ": classic, Empty, 0 members")
                .containsPattern("(?m)^Lag: 6 messages, .+ behind$")
                .containsPattern("(?m)^TOPIC +PARTITION +CURRENT-OFFSET +LOG-END-OFFSET +LAG +CONSUMER-ID +HOST +CLIENT-ID$")
                .containsPattern("(?m)^" + topic + " +0 +4 +10 +6 +- +- +-$");

        var lag = groups("lag", group);
        assertSucceeded(lag);
        assertThat(lag.out()).startsWith("Group " + group + " lag: 6 messages, ")
                .containsPattern("(?m)^" + topic + " +1 +6$");

        var json = json(groups("describe", group, "--json"));
        assertThat(json.get("lag").asLong()).isEqualTo(6);
        var partition = json.get("partitions").get(0);
        assertThat(partition.get("currentOffset").asLong()).isEqualTo(4);
        assertThat(partition.get("logEndOffset").asLong()).isEqualTo(10);
        assertThat(partition.get("lag").asLong()).isEqualTo(6);
        assertThat(json(groups("list", "--json")).get("requests").asInt()).isPositive();
    }

    @Test
    void resetPrintsThePlanAndChangesNothingWithoutExecute(@TempDir Path folder) throws Exception {
        var topic = topicWithMessages("cli-groups-reset", 10);
        var group = unique("cli-reset");
        commit(group, topic, 4);

        var dryRun = groups("reset", group, "--topic", topic, "--to-offset", "7");
        assertSucceeded(dryRun);
        assertThat(dryRun.out()).containsPattern("(?m)^" + topic + " +0 +4 +7 +skips 3$")
                .contains("Same as: kafka-consumer-groups.sh --bootstrap-server " + bootstrap)
                .contains("--dry-run")
                .contains("Dry run: nothing changed. Add --execute to reset these 1 partition");
        assertThat(committed(group, topic)).isEqualTo(4);

        var csv = folder.resolve("plan.csv");
        var executed = groups("reset", group, "--topic", topic, "--to-earliest", "--execute", "--export", csv.toString());
        assertSucceeded(executed);
        assertThat(executed.out()).contains("Reset the committed offsets of group " + group + " on 1 partition");
        assertThat(committed(group, topic)).isZero();
        assertThat(Files.readString(csv)).contains(topic + ",0,0");

        var beyond = groups("reset", group, "--topic", topic, "--to-offset", "500", "--execute");
        assertSucceeded(beyond);
        assertThat(beyond.err()).startsWith("warning: ");
        assertThat(committed(group, topic)).isEqualTo(10);

        var fromFile = groups("reset", group, "--from-file", csv.toString(), "--execute", "--json");
        assertSucceeded(fromFile);
        assertThat(json(fromFile).get("applied").asInt()).isEqualTo(1);
        assertThat(committed(group, topic)).isZero();
    }

    @Test
    void badInputIsOneLineAndChangesNothing(@TempDir Path folder) throws Exception {
        var topic = topicWithMessages("cli-groups-bad", 5);
        var group = unique("cli-bad");
        commit(group, topic, 2);

        assertFailedWith(groups("reset", group, "--topic", topic, "--to-offset", "abc"),
                "pinpipe: The offset 'abc' is not a whole number");
        assertFailedWith(groups("reset", group, "--topic", topic, "--to-datetime", "2999-01-01T00:00:00Z"),
                "pinpipe: The date-time 2999-01-01T00:00:00Z is in the future: no offset is there yet");
        var badCsv = folder.resolve("bad.csv");
        Files.writeString(badCsv, topic + ",0,1\n" + topic + ",0,x\n");
        var csvRun = groups("reset", group, "--from-file", badCsv.toString());
        assertThat(csvRun.exitCode()).isNotZero();
        assertThat(csvRun.err()).startsWith("pinpipe: ").contains("line 2").doesNotContain("Exception");
        var unknown = groups("describe", unique("no-such-group"));
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(unknown.err()).contains("no-such-group");
        var unknownTopic = groups("reset", group, "--topic", unique("no-such-topic"), "--to-earliest");
        assertThat(unknownTopic.exitCode()).isNotZero();
        assertThat(unknownTopic.err().lines()).hasSize(1);
        assertThat(groups("reset", group, "--topic", topic).exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(committed(group, topic)).isEqualTo(2);
    }

    @Test
    void anActiveGroupIsRefusedWithItsMemberNamed() throws Exception {
        var topic = topicWithMessages("cli-groups-active", 3);
        var group = unique("cli-active");
        try (var member = member(group, topic)) {
            var reset = groups("reset", group, "--topic", topic, "--to-earliest", "--execute");
            assertThat(reset.exitCode()).isNotZero();
            assertThat(reset.err()).startsWith("pinpipe: ").contains("cli-active-member");
            var delete = groups("delete", group, "--yes");
            assertThat(delete.exitCode()).isNotZero();
            assertThat(delete.err()).contains("cli-active-member");
        }
    }

    @Test
    void deleteAsksForTheIdAndDeleteOffsetsForgetsATopic() throws Exception {
        var topic = topicWithMessages("cli-groups-delete", 3);
        var group = unique("cli-delete");
        commit(group, topic, 1);

        var noTerminal = groups("delete", group);
        assertThat(noTerminal.exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(noTerminal.err()).contains("add --yes to confirm");
        var mistyped = TopicsCli.run(Optional.of("other"), "groups", "delete", group, "--bootstrap", bootstrap);
        assertThat(mistyped.exitCode()).isNotZero();
        assertThat(mistyped.err()).contains("the id typed did not match");
        assertThat(groups("list", "--filter", group).out()).as("the group is still there").contains(group);
        assertThat(committed(group, topic)).isEqualTo(1);

        var offsetsNoTerminal = groups("delete-offsets", group, topic);
        assertThat(offsetsNoTerminal.exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(offsetsNoTerminal.err()).contains("add --yes to confirm");
        var offsetsMistyped = TopicsCli.run(Optional.of("orders"), "groups", "delete-offsets", group, topic,
                "--bootstrap", bootstrap);
        assertThat(offsetsMistyped.exitCode()).isNotZero();
        assertThat(offsetsMistyped.err()).contains("the topic typed did not match");
        assertThat(committed(group, topic)).isEqualTo(1);
        assertThat(groups("delete-offsets", group).exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);

        var offsets = TopicsCli.run(Optional.of(topic), "groups", "delete-offsets", group, topic, "--bootstrap", bootstrap);
        assertSucceeded(offsets);
        assertThat(offsets.out()).isEqualTo("Deleted the committed offsets of group " + group + " on topic " + topic
                + System.lineSeparator());
        assertThat(committedOffsets(group)).isEmpty();

        commit(group, topic, 3);
        assertSucceeded(groups("delete-offsets", group, "--topic", topic, "--yes"));
        assertThat(committedOffsets(group)).isEmpty();

        commit(group, topic, 2);
        var deleted = TopicsCli.run(Optional.of(group), "groups", "delete", group, "--bootstrap", bootstrap);
        assertSucceeded(deleted);
        assertThat(groups("list", "--filter", group).out().lines()).hasSize(1);
    }

    @Test
    void aZoneLessDateTimeIsUtcAsKafkasToolReadsIt() throws Exception {
        var topic = unique("cli-groups-datetime");
        KafkaTestClients.createTopic(bootstrap, topic);
        var first = Instant.now().minus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (var i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, 0, first.plus(Duration.ofMinutes(i)).toEpochMilli(), "k", "v" + i));
            }
            producer.flush();
        }
        var group = unique("cli-datetime");
        commit(group, topic, 1);
        var zoneLess = LocalDateTime.ofInstant(first.plus(Duration.ofSeconds(4 * 60 + 30)), ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"));

        // A computer five and a half hours off UTC: read as local time, the date-time would be before every message.
        var original = TimeZone.getDefault();
        CliRun run;
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        try {
            run = groups("reset", group, "--topic", topic, "--to-datetime", zoneLess, "--json");
        } finally {
            TimeZone.setDefault(original);
        }

        var planned = json(run).get("partitions").get(0).get("newOffset").asLong();
        var tool = ResetOffsetsTool.plan("--bootstrap-server", bootstrap, "--group", group, "--reset-offsets", "--topic",
                topic, "--to-datetime", zoneLess, "--dry-run").get(group);
        assertThat(planned).isEqualTo(5L).isEqualTo(tool.get(new TopicPartition(topic, 0)));
    }

    @Test
    void resetNeedsItsScopeNamedAsKafkasToolDoes() throws Exception {
        var topic = topicWithMessages("cli-groups-scope", 5);
        var group = unique("cli-scope");
        commit(group, topic, 2);

        var noScope = groups("reset", group, "--to-earliest");
        assertThat(noScope.exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(noScope.err().lines()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("pinpipe: Name what to reset: --topic TOPIC[:P,...] (repeatable) or --all-topics");
        assertThat(groups("reset", group, "--to-earliest", "--topic", topic, "--all-topics").exitCode())
                .isEqualTo(OneLineErrors.BAD_USAGE);

        var all = groups("reset", group, "--all-topics", "--to-earliest", "--execute");
        assertSucceeded(all);
        assertThat(all.out()).contains("--all-topics --to-earliest");
        assertThat(committed(group, topic)).isZero();
    }

    @Test
    void theSameAsLineNamesTheFileItReads(@TempDir Path folder) throws Exception {
        var topic = topicWithMessages("cli-groups-sameas", 10);
        var group = unique("cli-sameas");
        var other = unique("cli-sameas-other");
        commit(group, topic, 2);
        commit(other, topic, 7);

        var noFile = groups("reset", group, "--from-group", other, "--topic", topic);
        assertSucceeded(noFile);
        assertThat(noFile.out()).contains("--from-file reset-plan.csv --dry-run  (add --export reset-plan.csv to write "
                + "the file)");

        var exported = folder.resolve("copied offsets.csv");
        var withExport = groups("reset", group, "--from-group", other, "--topic", topic, "--export", exported.toString());
        assertSucceeded(withExport);
        assertThat(withExport.out()).contains("--from-file '" + exported + "' --dry-run" + System.lineSeparator())
                .doesNotContain("reset-plan.csv");

        var fromFile = groups("reset", group, "--from-file", exported.toString());
        assertSucceeded(fromFile);
        assertThat(fromFile.out()).containsPattern("(?m)^" + topic + " +0 +2 +7 +skips 5$")
                .contains("--from-file '" + exported + "' --dry-run" + System.lineSeparator());
    }

    @Test
    void describeShowsCommitMetadataWhenThereIsSome() throws Exception {
        var topic = topicWithMessages("cli-groups-metadata", 4);
        var group = unique("cli-metadata");
        try (var consumer = consumer(group, "cli-committer")) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1, "batch-17")));
        }

        var described = groups("describe", group);
        assertSucceeded(described);
        assertThat(described.out()).containsPattern("(?m)^TOPIC +PARTITION .* +CLIENT-ID +METADATA$")
                .containsPattern("(?m)^" + topic + " +0 +1 +4 +3 +- +- +- +batch-17$");
        assertThat(GroupText.lagWords(java.util.OptionalLong.empty(), 0, TimeLag.unknown("no offsets")))
                .isEqualTo("unknown");
        assertThat(GroupText.lagWords(java.util.OptionalLong.of(6), 0, TimeLag.of(Duration.ofMinutes(3))))
                .isEqualTo("6 messages, 3 minutes behind");
    }

    @Test
    void lagWithoutAGroupListsEveryGroup() throws Exception {
        var topic = topicWithMessages("cli-groups-alllag", 9);
        var group = unique("cli-alllag");
        commit(group, topic, 2);

        var lag = groups("lag");
        assertSucceeded(lag);
        assertThat(lag.out()).containsPattern("(?m)^GROUP +STATE +LAG +TIME-LAG$")
                .containsPattern("(?m)^" + group + " +Empty +7 +");
    }

    @Test
    void aCommittedOffsetPastTheEndIsNeverJustLagZero() throws Exception {
        var topic = topicWithMessages("cli-past-end", 3);
        var group = unique("cli-beyond");
        commit(group, topic, 9);
        var note = "past end: " + io.pinpipe.consumers.LagText.PAST_END_MEANING;

        var listed = groups("list", "--filter", group);
        assertSucceeded(listed);
        assertThat(listed.out()).containsPattern("(?m)^" + group + " +classic +Empty +0 +1 +0 \\(1 partition past end\\)$");
        assertThat(listed.out().lines().filter(note::equals)).hasSize(1);

        var lag = groups("lag", group);
        assertSucceeded(lag);
        assertThat(lag.out()).startsWith("Group " + group + " lag: 0 (1 partition past end) messages, ")
                .containsPattern("(?m)^" + topic + " +1 +0 \\(1 partition past end\\)$");
        assertThat(lag.out().lines().filter(note::equals)).hasSize(1);

        var every = groups("lag");
        assertSucceeded(every);
        assertThat(every.out()).containsPattern("(?m)^" + group + " +Empty +0 \\(1 partition past end\\) +");
        assertThat(every.out().lines().filter(note::equals)).hasSize(1);

        var described = groups("describe", group);
        assertThat(described.out()).contains("Lag: 0 (1 partition past end) messages");
        assertThat(described.out().lines().filter(note::equals)).hasSize(1);
        assertThat(json(groups("describe", group, "--json")).get("partitionsPastEnd").asInt()).isEqualTo(1);
    }

    private CliRun groups(String... args) {
        var full = new String[args.length + 3];
        full[0] = "groups";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--bootstrap";
        full[args.length + 2] = bootstrap;
        return TopicsCli.run(full);
    }

    private String topicWithMessages(String stem, int count) throws Exception {
        var topic = unique(stem);
        KafkaTestClients.createTopic(bootstrap, topic);
        for (var i = 0; i < count; i++) {
            KafkaTestClients.produce(bootstrap, topic, "k" + i, "v" + i);
        }
        return topic;
    }

    /** A consumer of the group that reads nothing and commits {@code offset} on partition 0, as a simple consumer does. */
    private void commit(String group, String topic, long offset) {
        try (var consumer = consumer(group, "cli-committer")) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)));
        }
    }

    /** A member of the group, subscribed and assigned its partition; closed by the caller. */
    private KafkaConsumer<String, String> member(String group, String topic) {
        var consumer = consumer(group, "cli-active-member");
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    private KafkaConsumer<String, String> consumer(String group, String clientId) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
    }

    private long committed(String group, String topic) throws Exception {
        return committedOffsets(group).get(new TopicPartition(topic, 0)).offset();
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        }
    }

    private static String unique(String stem) {
        return stem + "-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertSucceeded(run);
        return JSON.readTree(run.out());
    }

    private static void assertSucceeded(CliRun run) {
        assertThat(run.err()).as("stderr").doesNotContain("pinpipe:");
        assertThat(run.exitCode()).as("exit code, stderr: " + run.err()).isZero();
    }

    private static void assertFailedWith(CliRun run, String line) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    }
}
