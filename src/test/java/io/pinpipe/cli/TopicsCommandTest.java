package io.pinpipe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code pinpipe topics ...} against the embedded broker: output a person reads, JSON a script reads, one-line errors. */
@ExtendWith(EmbeddedKafkaExtension.class)
class TopicsCommandTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;
    /** Refuses connections for the whole test, and nothing else can listen there meanwhile. */
    private final ClosedPort closed = ClosedPort.open();

    TopicsCommandTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @AfterEach
    void releaseTheClosedPort() {
        closed.close();
    }

    @Test
    void createThenListAndDescribeInColumns() {
        var name = unique("cli-created");

        var created = topics("create", name, "--partitions", "3", "--replication-factor", "1",
                "--config", "retention.ms=86400000", "--config", "cleanup.policy=compact");
        assertSucceeded(created);
        assertThat(created.out()).isEqualTo("Created topic " + name + " (3 partitions, replication factor 1)" + nl());

        var listed = topics("list", "--filter", name.toUpperCase());
        assertSucceeded(listed);
        assertThat(listed.out().lines()).containsExactly(
                "NAME" + " ".repeat(name.length() - 2) + "PARTITIONS  REPLICATION  UNDER-REPLICATED  NOTE",
                name + "  3           1            0");

        var described = topics("describe", name);
        assertSucceeded(described);
        assertThat(described.out()).contains("Topic " + name + " (id ")
                .contains(": 3 partitions, replication factor 1, 0 under-replicated")
                .containsPattern("(?m)^PARTITION +LEADER +REPLICAS +ISR +EARLIEST +LATEST +NOTE$")
                .containsPattern("(?m)^2 +1 +1 +1 +0 +0$")
                .containsPattern("(?m)^cleanup.policy +compact +set on this topic$")
                .containsPattern("(?m)^retention.ms +86400000 +set on this topic$")
                .doesNotContain("segment.bytes");
        assertThat(topics("describe", name, "--all-configs").out()).contains("segment.bytes");
    }

    @Test
    void jsonOutputHasStableFieldNames() throws Exception {
        var name = unique("cli-json");
        var created = json(topics("create", name, "--partitions", "2", "--config", "retention.ms=1000", "--json"));
        assertThat(created.get("name").asText()).isEqualTo(name);
        assertThat(created.get("partitions").asInt()).isEqualTo(2);
        assertThat(created.get("replicationFactor").asInt()).isEqualTo(1);
        assertThat(created.get("validateOnly").asBoolean()).isFalse();
        assertThat(created.get("configs").get("retention.ms").asText()).isEqualTo("1000");

        var listed = json(topics("list", "--filter", name, "--json"));
        assertThat(listed.get("topics")).hasSize(1);
        var topic = listed.get("topics").get(0);
        assertThat(fieldNames(topic)).containsExactly("name", "partitions", "replicationFactor",
                "underReplicatedPartitions", "internal", "error");
        assertThat(topic.get("error").isNull()).isTrue();
        assertThat(listed.get("complete").asBoolean()).isTrue();

        var described = json(topics("describe", name, "--json"));
        assertThat(fieldNames(described)).containsExactly("name", "id", "internal", "replicationFactor",
                "underReplicatedPartitions", "partitions", "configs");
        assertThat(fieldNames(described.get("partitions").get(0))).containsExactly("partition", "leader", "replicas",
                "isr", "earliestOffset", "latestOffset", "underReplicated");
        assertThat(described.get("configs").get(0).get("name").asText()).isEqualTo("retention.ms");
        assertThat(described.get("configs").get(0).get("source").asText()).isEqualTo("TOPIC");
    }

    @Test
    void validateOnlyCreatesNothing() throws Exception {
        var name = unique("cli-validated");

        var run = topics("create", name, "--partitions", "4", "--validate-only");

        assertSucceeded(run);
        assertThat(run.out()).isEqualTo("Valid: the broker would create topic " + name + " (4 partitions, replication factor 1)" + nl());
        assertThat(KafkaTestClients.topics(bootstrap)).doesNotContain(name);
    }

    @Test
    void everyInvalidCreateIsOneLineAndChangesNothing() throws Exception {
        var existing = unique("cli-exists");
        assertSucceeded(topics("create", existing));
        var before = KafkaTestClients.topics(bootstrap);

        assertFailed(topics("create", "x".repeat(250)), "pinpipe: A topic name can have at most 249 characters, this one has 250");
        assertFailed(topics("create", ".."), "pinpipe: A topic name cannot be '..'");
        assertFailed(topics("create", "pins!"), "pinpipe: A topic name may only contain letters, digits, '.', '_' and '-', not '!'");
        assertFailed(topics("create", unique("cli-zero"), "--partitions", "0"), "pinpipe: A topic needs at least 1 partition, not 0");
        assertFailed(topics("create", unique("cli-rf"), "--replication-factor", "3"),
                "pinpipe: Replication factor 3 is larger than the 1 broker of the cluster: each replica needs a broker of its own");
        assertFailed(topics("create", existing), "pinpipe: Topic '" + existing + "' already exists");
        assertFailed(topics("create", unique("cli-typo"), "--config", "retention.msx=5"),
                "pinpipe: Unknown topic config 'retention.msx': did you mean 'retention.ms'?");
        assertFailed(topics("create", unique("cli-two"), "--partitions", "0", "--config", "compression.type=brotli"),
                "pinpipe: A topic needs at least 1 partition, not 0; Config compression.type must be one of gzip, lz4, "
                        + "producer, snappy, uncompressed, zstd, not 'brotli'");

        assertThat(KafkaTestClients.topics(bootstrap)).isEqualTo(before);
    }

    @Test
    void deleteNeedsYesWithoutATerminalAndTheTypedNameWithOne() throws Exception {
        var name = unique("cli-deleted");
        assertSucceeded(topics("create", name));

        var refused = topics("delete", name);
        assertThat(refused.exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(refused.err().lines()).containsExactly("pinpipe: Deleting topic '" + name
                + "' cannot be undone and there is no terminal to ask: add --yes to confirm (see 'pinpipe topics delete --help')");

        var mistyped = TopicsCli.run(Optional.of(name + "x"), "topics", "delete", name, "--bootstrap", bootstrap);
        assertFailed(mistyped, "pinpipe: Topic '" + name + "' was not deleted: the name typed did not match");
        assertThat(KafkaTestClients.topics(bootstrap)).contains(name);

        var typed = TopicsCli.run(Optional.of(name), "topics", "delete", name, "--bootstrap", bootstrap);
        assertSucceeded(typed);
        assertThat(typed.out()).isEqualTo("Deleted topic " + name + nl());
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaTestClients.topics(bootstrap).contains(name));

        assertFailed(topics("delete", name, "--yes"), "pinpipe: Topic '" + name + "' does not exist at " + bootstrap);
        var other = unique("cli-deleted-json");
        assertSucceeded(topics("create", other));
        assertThat(json(topics("delete", other, "--yes", "--json")).get("deleted").asText()).isEqualTo(other);
    }

    @Test
    void peekPrintsTheNewestMessagesWithPrettyJson() throws Exception {
        var name = unique("cli-peek");
        assertSucceeded(topics("create", name));
        assertThat(topics("peek", name).out()).isEqualTo("Topic " + name + " has no messages" + nl());
        KafkaTestClients.produce(bootstrap, name, "pin-1", "{\"title\":\"Cats\"}");
        KafkaTestClients.produce(bootstrap, name, "pin-2", "second");

        var peeked = topics("peek", name);
        assertSucceeded(peeked);
        assertThat(peeked.out()).containsPattern("partition 0  offset 1  \\S+  key pin-2\\R  second\\R"
                + "partition 0  offset 0  \\S+  key pin-1\\R  \\{\\R    \"title\" : \"Cats\"\\R  }");

        var last = json(topics("peek", name, "--count", "1", "--json"));
        assertThat(last.get("messages")).hasSize(1);
        var message = last.get("messages").get(0);
        assertThat(fieldNames(message)).containsExactly("partition", "offset", "timestamp", "key", "value", "valueKind");
        assertThat(message.get("value").asText()).isEqualTo("second");
        assertThat(message.get("valueKind").asText()).isEqualTo("TEXT");

        assertFailed(topics("peek", name, "--count", "0"), "pinpipe: Peek reads 1 to 10000 messages, not 0");
    }

    @Test
    void pipelineNamesWhatItSkipped() throws Exception {
        var prefix = "abcdef012345" + COUNTER.incrementAndGet() + ProcessHandle.current().pid();
        assertSucceeded(topics("create", prefix + ".user"));

        var run = topics("pipeline", prefix, "--partitions", "2");

        assertSucceeded(run);
        assertThat(run.out()).isEqualTo("Created: " + prefix + ".pin, " + prefix + ".geo" + nl()
                + "Already there, left alone: " + prefix + ".user" + nl());
        var again = json(topics("pipeline", prefix, "--json"));
        assertThat(again.get("created")).isEmpty();
        assertThat(again.get("skipped")).hasSize(3);
    }

    @Test
    void addPartitionsAndAlterConfig() throws Exception {
        var name = unique("cli-changed");
        assertSucceeded(topics("create", name));

        assertThat(topics("add-partitions", name, "--total", "3").out()).isEqualTo("Topic " + name + " now has 3 partitions" + nl());
        assertFailed(topics("add-partitions", name, "--total", "2"),
                "pinpipe: Topic '" + name + "' has 3 partitions: the new total must be larger than 3, not 2");

        var altered = topics("alter-config", name, "--config", "retention.ms=60000");
        assertSucceeded(altered);
        assertThat(altered.out()).isEqualTo(name + ": retention.ms = 60000" + nl());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(topics("describe", name).out()).containsPattern("(?m)^retention.ms +60000 +set on this topic$"));

        assertFailed(topics("alter-config", name, "--config", "retention.ms=120000", "--config", "retention.msx=1"),
                "pinpipe: Unknown topic config 'retention.msx': did you mean 'retention.ms'?");
        assertThat(topics("describe", name).out()).containsPattern("(?m)^retention.ms +60000 +set on this topic$");

        assertSucceeded(topics("alter-config", name, "--config", "retention.ms="));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(topics("describe", name).out()).doesNotContain("retention.ms"));
    }

    @Test
    void anUnreachableClusterAndAMissingTopicAreOneLine() throws IOException {
        assertFailed(topics("describe", "no-such-cli-topic"), "pinpipe: Topic 'no-such-cli-topic' does not exist at " + bootstrap);
        var port = closedPort();
        var lost = TopicsCli.run("topics", "list", "--bootstrap", "127.0.0.1:" + port, "--timeout", "2");
        assertThat(lost.exitCode()).isEqualTo(OneLineErrors.FAILED);
        assertThat(lost.err().lines()).containsExactly("pinpipe: No answer from 127.0.0.1:" + port + " within 2 s while "
                + "trying to list topics: check the bootstrap address, the network path and the authentication mode");
        var missing = TopicsCli.run("topics");
        assertThat(missing.exitCode()).isEqualTo(OneLineErrors.BAD_USAGE);
        assertThat(missing.err().lines()).hasSize(1);
    }

    private CliRun topics(String... args) {
        var all = new String[args.length + 3];
        all[0] = "topics";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--bootstrap";
        all[args.length + 2] = bootstrap;
        return TopicsCli.run(all);
    }

    private static String unique(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertSucceeded(run);
        return JSON.readTree(run.out());
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertSucceeded(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static void assertFailed(CliRun run, String line) {
        assertThat(run.exitCode()).isEqualTo(OneLineErrors.FAILED);
        assertThat(run.err().lines()).containsExactly(line);
        assertThat(run.out()).isEmpty();
    }

    private int closedPort() {
        return closed.port();
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
