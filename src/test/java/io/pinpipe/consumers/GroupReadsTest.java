package io.pinpipe.consumers;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.tools.consumer.group.DescribeByKafkaTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What the groups table and the group detail show, checked partition by partition against Kafka's own tool. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupReadsTest {

    private final KafkaBroker broker;
    private GroupTestKafka kafka;
    private GroupAdmin groups;
    private DescribeByKafkaTool tool;

    GroupReadsTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void connect() {
        kafka = new GroupTestKafka(broker.bootstrap());
        groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15));
        tool = new DescribeByKafkaTool(broker.bootstrap());
    }

    @AfterEach
    void close() {
        tool.close();
        groups.close();
        kafka.close();
    }

    @Test
    void anActiveAndAnEmptyGroupShowWhatKafkasToolShows() throws Exception {
        var topic = kafka.topic("compare", 3);
        for (var partition = 0; partition < 3; partition++) {
            kafka.produce(topic, partition, 10, 1_000, 1);
        }
        var active = GroupTestKafka.unique("active");
        var empty = GroupTestKafka.unique("empty");
        kafka.commit(empty, Map.of(new TopicPartition(topic, 0), 2L, new TopicPartition(topic, 1), 5L));
        try (var member = kafka.member(active, "reader-one", topic, Map.of())) {
            member.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(4, "half way"),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(10), new TopicPartition(topic, 2),
                    new OffsetAndMetadata(7)));

            for (var group : List.of(active, empty)) {
                var detail = groups.describe(group);
                var expected = tool.partitions(group);
                assertThat(expected).isNotEmpty();
                assertThat(detail.partitions()).hasSize(expected.size());
                for (var row : expected) {
                    var ours = detail.partitions().stream()
                            .filter(p -> p.topic().equals(row.topic()) && p.partition() == row.partition())
                            .findFirst().orElseThrow();
                    assertThat(boxed(ours.committed())).as("committed of %s", row).isEqualTo(row.offset());
                    assertThat(boxed(ours.logEnd())).as("log end of %s", row).isEqualTo(row.logEnd());
                    assertThat(boxed(ours.lag())).as("lag of %s", row).isEqualTo(row.lag());
                    assertThat(ours.clientId()).as("client of %s", row).isEqualTo(row.clientId());
                    assertThat(ours.host()).as("host of %s", row).isEqualTo(row.host());
                }
            }

            var detail = groups.describe(active);
            var toolMember = tool.members(active).get(0);
            assertThat(detail.members()).singleElement().satisfies(ours -> {
                assertThat(ours.memberId()).isEqualTo(toolMember.consumerId());
                assertThat(ours.clientId()).isEqualTo("reader-one").isEqualTo(toolMember.clientId());
                assertThat(ours.host()).isEqualTo(toolMember.host());
                assertThat(ours.assignment()).containsExactly(topic + "-0", topic + "-1", topic + "-2");
            });
            assertThat(detail.partitions().get(0).metadata()).isEqualTo("half way");
            assertThat(detail.topics()).containsExactly(new TopicLag(topic, 3, OptionalLong.of(6 + 0 + 3)));
            assertThat(detail.summary().state()).isEqualTo("Stable");
            assertThat(detail.summary().coordinator()).hasValueSatisfying(c -> assertThat(c).matches(".+:\\d+ \\(broker 1\\)"));

            var listing = groups.listGroups(() -> false);
            var activeRow = row(listing, active);
            assertThat(activeRow.state()).isEqualTo("Stable");
            assertThat(activeRow.members()).isEqualTo(1);
            assertThat(activeRow.kind()).isEqualTo(GroupKind.CLASSIC);
            assertThat(activeRow.topics()).containsExactly(topic);
            assertThat(activeRow.totalLag()).hasValue(9);
            assertThat(activeRow.timeLag()).isEqualTo(TimeLag.unknown("not read yet"));
            assertThat(activeRow.error()).isEmpty();
            var emptyRow = row(listing, empty);
            assertThat(emptyRow.state()).isEqualTo("Empty");
            assertThat(emptyRow.members()).isZero();
            assertThat(emptyRow.totalLag()).hasValue(8 + 5);
        }
    }

    @Test
    void anOpenTransactionCountsInTheLogEndAsKafkasToolCountsIt() throws Exception {
        var topic = kafka.topic("txn", 1);
        kafka.produce(topic, 0, 5, 1_000, 1);
        var group = GroupTestKafka.unique("txn-reader");
        var partition = new TopicPartition(topic, 0);
        kafka.commit(group, Map.of(partition, 5L));
        try (var producer = kafka.producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, GroupTestKafka.unique("tx")))) {
            producer.initTransactions();
            producer.beginTransaction();
            for (var i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "k", "open-" + i));
            }
            producer.flush();

            var ours = groups.describe(group).partitions().get(0);
            var theirs = tool.partitions(group).get(0);
            assertThat(boxed(ours.logEnd())).isEqualTo(theirs.logEnd());
            assertThat(boxed(ours.lag())).isEqualTo(theirs.lag());
            // The tool reads the high watermark (READ_UNCOMMITTED), so the open transaction's 3 messages count.
            assertThat(ours.logEnd()).hasValue(8);
            assertThat(ours.lag()).hasValue(3);
            producer.abortTransaction();
        }
    }

    @Test
    void aCommittedOffsetPastTheEndIsShownAsSuchNeverAsNegativeLag() throws Exception {
        var topic = kafka.topic("past-end", 2);
        kafka.produce(topic, 0, 3, 1_000, 1);
        kafka.produce(topic, 1, 4, 1_000, 1);
        var group = GroupTestKafka.unique("beyond");
        kafka.commit(group, Map.of(new TopicPartition(topic, 0), 10L, new TopicPartition(topic, 1), 1L));

        var detail = groups.describe(group);
        var beyond = detail.partitions().get(0);
        assertThat(beyond.committed()).hasValue(10);
        assertThat(beyond.logEnd()).hasValue(3);
        assertThat(beyond.pastEnd()).isTrue();
        assertThat(beyond.lag()).isEmpty();
        assertThat(detail.partitions().get(1).lag()).hasValue(3);
        assertThat(detail.summary().totalLag()).hasValue(3);
        assertThat(row(groups.listGroups(() -> false), group).totalLag()).hasValue(3);
        assertThat(tool.partitions(group).get(0).lag()).as("the tool itself shows a negative lag").hasValue(-7L);
    }

    @Test
    void aGroupOnTheNewConsumerProtocolIsListedAsSuch() throws Exception {
        var topic = kafka.topic("kip848", 2);
        var modern = GroupTestKafka.unique("modern");
        try (var member = kafka.member(modern, "modern-one", topic, Map.of("group.protocol", "consumer"))) {
            var row = row(groups.listGroups(() -> false), modern);
            assertThat(row.kind()).isEqualTo(GroupKind.CONSUMER);
            assertThat(row.members()).isEqualTo(1);
            assertThat(row.protocol()).isEqualTo("uniform");
            assertThat(groups.describe(modern).members()).singleElement()
                    .satisfies(m -> assertThat(m.assignment()).containsExactly(topic + "-0", topic + "-1"));
        }
    }

    @Test
    void aShareGroupIsListedAsSuchWithItsMembersFromItsOwnDescribe() throws Exception {
        var topic = kafka.topic("share", 1);
        kafka.produce(topic, 0, 3, 1_000, 1);
        var shared = GroupTestKafka.unique("shared");
        try (var member = new KafkaShareConsumer<>(Map.<String, Object>of(
                "bootstrap.servers", broker.bootstrap(), "group.id", shared, "client.id", "share-one"),
                new StringDeserializer(),
                new StringDeserializer())) {
            member.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                member.poll(Duration.ofMillis(100));
                return groups.listGroups(() -> false).groups().stream()
                        .anyMatch(g -> g.groupId().equals(shared) && g.members() == 1);
            });
            var row = row(groups.listGroups(() -> false), shared);
            assertThat(row.kind()).isEqualTo(GroupKind.SHARE);
            assertThat(row.state()).isEqualTo("Stable");
            assertThat(row.coordinator()).isPresent();
        }
    }

    @Test
    void aGroupWhoseIdStartsWithAnUnderscoreIsInternal() throws Exception {
        var topic = kafka.topic("canary", 1);
        var canary = "__" + GroupTestKafka.unique("canary");
        var plain = GroupTestKafka.unique("plain");
        kafka.commit(canary, Map.of(new TopicPartition(topic, 0), 0L));
        kafka.commit(plain, Map.of(new TopicPartition(topic, 0), 0L));

        var listing = groups.listGroups(() -> false);

        assertThat(row(listing, canary).internal()).isTrue();
        assertThat(row(listing, plain).internal()).isFalse();
        assertThat(row(listing, plain).totalLag()).hasValue(0);
    }

    @Test
    void anUnknownGroupIsNotFoundWithItsNameInTheSentence() {
        var missing = GroupTestKafka.unique("nobody");
        assertThatThrownBy(() -> groups.describe(missing))
                .isInstanceOfSatisfying(GroupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(GroupException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("'" + missing + "'");
                });
    }

    @Test
    void aCancelledListingStopsWithCancelled() {
        assertThatThrownBy(() -> groups.listGroups(() -> true))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.reason()).isEqualTo(GroupException.Reason.CANCELLED));
    }

    static GroupSummary row(GroupsOverview listing, String groupId) {
        return listing.groups().stream().filter(g -> g.groupId().equals(groupId)).findFirst().orElseThrow();
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
