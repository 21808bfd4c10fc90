package io.pinpipe.topics;

import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static io.pinpipe.topics.TopicTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** TopicAdmin against a real broker: what the Topics pane and {@code pinpipe topics} rely on. */
@ExtendWith(EmbeddedKafkaExtension.class)
class TopicAdminTest {

    private final KafkaBroker broker;
    private TopicAdmin admin;
    /** Refuses connections for the whole test, and nothing else can listen there meanwhile. */
    private final ClosedPort closed = ClosedPort.open();

    TopicAdminTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void connect() {
        admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
    }

    @AfterEach
    void close() {
        admin.close();
        closed.close();
    }

    @Test
    void createdTopicsAreListedWithTheirShapeAndInternalOnesOnlyOnRequest() throws Exception {
        var name = uniqueName("listed");
        admin.create(NewTopicRequest.named(name).withPartitions(3).withReplicationFactor(1), false);
        admin.create(NewTopicRequest.named(name + "-more"), false);

        var batches = new ArrayList<Integer>();
        var listing = admin.listTopics(false, (batch, done, total) -> batches.add(done), () -> false);

        assertThat(listing.complete()).isTrue();
        assertThat(listing.topics()).contains(new TopicSummary(name, 3, 1, 0, false, java.util.Optional.empty()));
        assertThat(listing.topics()).extracting(TopicSummary::name).contains(name + "-more")
                .isSorted().noneMatch(topic -> topic.startsWith("__"));
        assertThat(batches).last().isEqualTo(listing.total());

        // A consumer group makes the broker create __consumer_offsets, the internal topic to look for.
        TopicTestSupport.produce(broker.bootstrap(), name, List.of(new TopicTestSupport.Message(0, 1, null, "x".getBytes())));
        assertThat(KafkaTestClients.consume(broker.bootstrap(), name, 1)).hasSize(1);
        KafkaTestWait.until(() -> admin.listTopics(true, ListingProgress.NONE, () -> false).topics().stream()
                .anyMatch(topic -> topic.name().equals("__consumer_offsets") && topic.internal()));
    }

    @Test
    void aTopicThatFailsToDescribeIsListedWithItsErrorAndTheRestStillLoad() {
        var stem = uniqueName("vanish");
        for (var i = 0; i < 5; i++) {
            admin.create(NewTopicRequest.named(stem + "-" + i), false);
        }
        var vanishing = "zzzz-" + stem;
        admin.create(NewTopicRequest.named(vanishing), false);

        ListedTopics listing;
        try (var smallBatches = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap(),
                Duration.ofSeconds(15), 2)) {
            listing = smallBatches.listTopics(false, (batch, described, total) -> {
                if (described == 2) {
                    // Gone after listing, before its batch (the last) is described.
                    admin.delete(vanishing);
                    KafkaTestWait.until(() -> !admin.topicNames().contains(vanishing));
                }
            }, () -> false);
        }

        assertThat(listing.complete()).isTrue();
        assertThat(listing.topics()).filteredOn(TopicSummary::failed).singleElement().satisfies(failed -> {
            assertThat(failed.name()).isEqualTo(vanishing);
            assertThat(failed.error()).contains("Topic '" + vanishing + "' does not exist at " + broker.bootstrap());
        });
        assertThat(listing.topics()).extracting(TopicSummary::name).contains(stem + "-0", stem + "-4");
    }

    @Test
    void aCancelledListingStopsBeforeDescribing() {
        var listing = admin.listTopics(true, ListingProgress.NONE, () -> true);

        assertThat(listing.complete()).isFalse();
        assertThat(listing.topics()).isEmpty();
    }

    @Test
    void describeShowsPartitionsOffsetsAndConfigsWithOverridesFirst() throws Exception {
        var name = uniqueName("described");
        admin.create(NewTopicRequest.named(name).withPartitions(2).withConfig("retention.ms", "3600000"), false);
        TopicTestSupport.produce(broker.bootstrap(), name, List.of(
                new TopicTestSupport.Message(0, 1_000, null, "a".getBytes()),
                new TopicTestSupport.Message(0, 2_000, null, "b".getBytes()),
                new TopicTestSupport.Message(1, 3_000, null, "c".getBytes())));

        var detail = admin.describe(name);

        assertThat(detail.name()).isEqualTo(name);
        assertThat(detail.id()).isNotBlank();
        assertThat(detail.internal()).isFalse();
        assertThat(detail.replicationFactor()).isEqualTo(1);
        assertThat(detail.partitions()).extracting(PartitionDetail::partition).containsExactly(0, 1);
        var first = detail.partitions().get(0);
        assertThat(first.leader()).isEqualTo(OptionalInt.of(1));
        assertThat(first.replicas()).containsExactly(1);
        assertThat(first.isr()).containsExactly(1);
        assertThat(first.underReplicated()).isFalse();
        assertThat(first.earliestOffset()).isEqualTo(OptionalLong.of(0));
        assertThat(first.latestOffset()).isEqualTo(OptionalLong.of(2));
        assertThat(detail.partitions().get(1).latestOffset()).isEqualTo(OptionalLong.of(1));
        assertThat(detail.configs().get(0)).satisfies(config -> {
            assertThat(config.name()).isEqualTo("retention.ms");
            assertThat(config.value()).contains("3600000");
            assertThat(config.source()).isEqualTo(ConfigSource.TOPIC);
            assertThat(config.isDefault()).isFalse();
        });
        assertThat(detail.configs()).filteredOn(TopicConfigValue::overridden).hasSize(1);
        assertThat(detail.configs()).extracting(TopicConfigValue::name).contains("cleanup.policy", "segment.bytes");
    }

    @Test
    void aMissingTopicIsNamedWhenDescribed() {
        assertThatThrownBy(() -> admin.describe("no-such-topic-here"))
                .isInstanceOf(TopicException.class)
                .hasMessage("Topic 'no-such-topic-here' does not exist at " + broker.bootstrap())
                .extracting(e -> ((TopicException) e).reason()).isEqualTo(TopicException.Reason.NOT_FOUND);
    }

    @Test
    void clusterInfoGivesBrokersAndCreateDefaults() {
        var info = admin.clusterInfo();

        assertThat(info.brokerCount()).isEqualTo(1);
        assertThat(info.clusterId()).isNotBlank();
        assertThat(info.controller()).isPresent();
        assertThat(info.defaultReplicationFactor()).isEqualTo(OptionalInt.of(1));
        assertThat(info.defaultPartitions()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void createAppliesPartitionsReplicationAndConfigs() {
        var name = uniqueName("created");

        var created = admin.create(NewTopicRequest.named(name).withPartitions(4).withReplicationFactor(1)
                .withConfig("retention.ms", "86400000").withConfig("cleanup.policy", "compact")
                .withConfig("min.insync.replicas", "1").withConfig("compression.type", "zstd"), false);

        assertThat(created).isEqualTo(new CreatedTopic(name, 4, 1, created.configs(), false, List.of()));
        var detail = admin.describe(name);
        assertThat(detail.partitions()).hasSize(4);
        assertThat(detail.configs()).filteredOn(TopicConfigValue::overridden)
                .extracting(TopicConfigValue::name, config -> config.value().orElseThrow())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("retention.ms", "86400000"),
                        org.assertj.core.groups.Tuple.tuple("cleanup.policy", "compact"),
                        org.assertj.core.groups.Tuple.tuple("min.insync.replicas", "1"),
                        org.assertj.core.groups.Tuple.tuple("compression.type", "zstd"));
    }

    @Test
    void createWithoutPartitionsOrReplicationUsesTheBrokerDefaults() {
        var created = admin.create(NewTopicRequest.named(uniqueName("defaults")), false);

        assertThat(created.partitions()).isEqualTo(1);
        assertThat(created.replicationFactor()).isEqualTo(1);
    }

    @Test
    void validateOnlyAnswersWithoutCreating() {
        var name = uniqueName("validated");

        var validated = admin.create(NewTopicRequest.named(name).withPartitions(6), true);

        assertThat(validated.validateOnly()).isTrue();
        assertThat(validated.partitions()).isEqualTo(6);
        assertThat(admin.topicNames()).doesNotContain(name);
    }

    @Test
    void everyInvalidRequestSaysWhyAndCreatesNothing() {
        var existing = uniqueName("exists");
        admin.create(NewTopicRequest.named(existing), false);
        var before = admin.topicNames();

        assertRefused(NewTopicRequest.named(""), "A topic name cannot be empty");
        assertRefused(NewTopicRequest.named(".."), "A topic name cannot be '..'");
        assertRefused(NewTopicRequest.named("x".repeat(250)), "A topic name can have at most 249 characters, this one has 250");
        assertRefused(NewTopicRequest.named("pins/today"), "may only contain letters, digits, '.', '_' and '-', not '/'");
        assertRefused(NewTopicRequest.named(uniqueName("zero")).withPartitions(0), "A topic needs at least 1 partition, not 0");
        assertRefused(NewTopicRequest.named(uniqueName("wide")).withReplicationFactor(3),
                "Replication factor 3 is larger than the 1 broker of the cluster");
        assertRefused(NewTopicRequest.named(existing), "Topic '" + existing + "' already exists");
        assertRefused(NewTopicRequest.named(uniqueName("typo")).withConfig("retention.msx", "1000"),
                "Unknown topic config 'retention.msx': did you mean 'retention.ms'?");
        assertRefused(NewTopicRequest.named(uniqueName("value")).withConfig("retention.ms", "a week"),
                "Config retention.ms must be a whole number (milliseconds, -1 to keep messages forever), not 'a week'");

        assertThat(admin.topicNames()).isEqualTo(before);
    }

    @Test
    void theBrokerRefusesANameThatCollidesAndTheWarningSaidSo() {
        var dotted = uniqueName("pin.geo");
        admin.create(NewTopicRequest.named(dotted), false);
        var underscored = dotted.replace('.', '_');

        assertThat(TopicNames.check(underscored, admin.topicNames())).isInstanceOf(NameCheck.Warning.class);
        assertThatThrownBy(() -> admin.create(NewTopicRequest.named(underscored), false))
                .isInstanceOf(TopicException.class)
                .hasMessageContaining(underscored);
        assertThat(admin.topicNames()).doesNotContain(underscored);
    }

    @Test
    void addPartitionsRaisesTheCountAndRefusesToLowerIt() {
        var name = uniqueName("grown");
        admin.create(NewTopicRequest.named(name).withPartitions(2), false);

        admin.addPartitions(name, 3, true);
        assertThat(admin.describe(name).partitions()).hasSize(2);
        admin.addPartitions(name, 5, false);
        assertThat(admin.describe(name).partitions()).hasSize(5);

        assertThatThrownBy(() -> admin.addPartitions(name, 5, false))
                .hasMessage("Topic '" + name + "' has 5 partitions: the new total must be larger than 5, not 5");
        assertThat(admin.describe(name).partitions()).hasSize(5);
    }

    @Test
    void alterConfigSetsAndRevertsAValue() {
        var name = uniqueName("altered");
        admin.create(NewTopicRequest.named(name), false);

        admin.alterConfig(name, "retention.ms", "120000", true);
        assertThat(configValue(name, "retention.ms").overridden()).isFalse();

        admin.alterConfig(name, "retention.ms", "120000", false);
        KafkaTestWait.until(() -> configValue(name, "retention.ms").value().equals(Optional.of("120000")));

        admin.alterConfig(name, "retention.ms", "", false);
        KafkaTestWait.until(() -> !configValue(name, "retention.ms").overridden());
        assertThat(configValue(name, "retention.ms").value()).contains("604800000");

        assertThatThrownBy(() -> admin.alterConfig(name, "retention.msx", "1", false))
                .hasMessageContaining("did you mean 'retention.ms'?");
        assertThatThrownBy(() -> admin.alterConfig(name, "cleanup.policy", "forever", false))
                .hasMessageContaining("Config cleanup.policy must be delete, compact or both");
    }

    @Test
    void deleteRemovesTheTopicAndAMissingOneIsNamed() {
        var name = uniqueName("deleted");
        admin.create(NewTopicRequest.named(name), false);

        admin.delete(name);

        await().atMost(Duration.ofSeconds(30)).until(() -> !admin.topicNames().contains(name));
        assertThatThrownBy(() -> admin.delete(name)).hasMessage("Topic '" + name + "' does not exist at " + broker.bootstrap());
    }

    @Test
    void pipelineTopicsSkipTheOneThatExists() {
        var prefix = "0a1b2c3d4e5f" + TopicTestSupport.uniqueName("").replace("-", "");
        admin.create(NewTopicRequest.named(prefix + ".geo").withPartitions(2), false);

        var result = admin.createPipelineTopics(prefix, OptionalInt.of(3), OptionalInt.of(1));

        assertThat(result.created()).containsExactly(prefix + ".pin", prefix + ".user");
        assertThat(result.skipped()).containsExactly(prefix + ".geo");
        assertThat(admin.describe(prefix + ".pin").partitions()).hasSize(3);
        assertThat(admin.describe(prefix + ".geo").partitions()).hasSize(2);

        var again = admin.createPipelineTopics(prefix, OptionalInt.empty(), OptionalInt.empty());
        assertThat(again.created()).isEmpty();
        assertThat(again.skipped()).hasSize(3);
    }

    @Test
    void aBadPipelinePrefixOrReplicationCreatesNothing() {
        var before = admin.topicNames();

        assertThatThrownBy(() -> admin.createPipelineTopics("user 42", OptionalInt.empty(), OptionalInt.empty()))
                .hasMessage("A topic prefix may only contain letters, digits, '.', '_' and '-', not a space");
        assertThatThrownBy(() -> admin.createPipelineTopics(uniqueName("rf"), OptionalInt.empty(), OptionalInt.of(2)))
                .hasMessageContaining("Replication factor 2 is larger than the 1 broker of the cluster");

        assertThat(admin.topicNames()).isEqualTo(before);
    }

    @Test
    void anUnreachableClusterIsNamedWithTheTimeout() throws IOException {
        var where = "127.0.0.1:" + closedPort();
        try (var lost = TopicAdmin.connect(TopicTestSupport.client(where), where, Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> lost.listTopics(false, ListingProgress.NONE, () -> false))
                    .isInstanceOf(TopicException.class)
                    .hasMessageStartingWith("No answer from " + where + " within 2 s while trying to list topics");
        }
    }

    @Test
    void missingNamesOnlyTheTopicsTheClusterSaysItLacksAndNoneWhenItDoesNotAnswer() throws IOException {
        var name = uniqueName("present");
        admin.create(NewTopicRequest.named(name), false);

        assertThat(admin.missing(List.of(name, name + "-absent"))).containsExactly(name + "-absent");

        var where = "127.0.0.1:" + closedPort();
        try (var lost = TopicAdmin.connect(TopicTestSupport.client(where), where, Duration.ofSeconds(1))) {
            assertThat(lost.missing(List.of(name + "-absent"))).isEmpty();
        }
    }

    private void assertRefused(NewTopicRequest request, String message) {
        assertThatThrownBy(() -> admin.create(request, false))
                .isInstanceOf(TopicException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((TopicException) e).reason()).isEqualTo(TopicException.Reason.INVALID_REQUEST);
        assertThatThrownBy(() -> admin.create(request, true)).hasMessageContaining(message);
    }

    private TopicConfigValue configValue(String topic, String key) {
        return admin.describe(topic).configs().stream().filter(config -> config.name().equals(key)).findFirst().orElseThrow();
    }

    private int closedPort() {
        return closed.port();
    }
}
