package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.consumer.group.DescribeByKafkaTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A topic's readers, and the two deletes with their refusals. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupReadersAndDeletesTest {

    private final KafkaBroker broker;
    private GroupTestKafka kafka;
    private GroupAdmin groups;

    GroupReadersAndDeletesTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void connect() {
        kafka = new GroupTestKafka(broker.bootstrap());
        groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        groups.close();
        kafka.close();
    }

    @Test
    void aTopicsReadersAreTheGroupsWithOffsetsOrPartitionsOnItWithTheirLagThereAlone() throws Exception {
        var topic = kafka.topic("read", 2);
        var other = kafka.topic("other", 1);
        kafka.produce(topic, 0, 10, 1_000, 1);
        kafka.produce(topic, 1, 10, 1_000, 1);
        kafka.produce(other, 0, 50, 1_000, 1);
        var stem = GroupTestKafka.unique("readers");
        var b = stem + "-b";
        var a = stem + "-a";
        kafka.commit(b, Map.of(new TopicPartition(topic, 0), 4L, new TopicPartition(other, 0), 0L));
        kafka.commit(a, Map.of(new TopicPartition(topic, 0), 10L, new TopicPartition(topic, 1), 7L));
        kafka.commit(stem + "-c", Map.of(new TopicPartition(other, 0), 1L));

        var readers = groups.readersOf(topic, () -> false);

        assertThat(readers).containsExactly(
                new TopicReader(a, "Empty", 0, OptionalLong.of(3), 2),
                new TopicReader(b, "Empty", 0, OptionalLong.of(6), 1));
    }

    @Test
    void deletingAGroupIsRefusedWhenUnknownOrActiveAndRemovesAnEmptyOne() throws Exception {
        var topic = kafka.topic("delete", 1);
        kafka.produce(topic, 0, 3, 1_000, 1);
        var missing = GroupTestKafka.unique("missing");
        assertThatThrownBy(() -> groups.deleteGroup(missing)).isInstanceOfSatisfying(GroupException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(e.getMessage()).contains(missing);
        });

        var busy = GroupTestKafka.unique("busy");
        try (var member = kafka.member(busy, "busy-reader", topic, Map.of())) {
            assertThatThrownBy(() -> groups.deleteGroup(busy)).isInstanceOfSatisfying(GroupException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.ACTIVE);
                assertThat(e.getMessage()).contains("it has 1 member: busy-reader on /127.0.0.1");
            });
        }

        var idle = GroupTestKafka.unique("idle");
        kafka.commit(idle, Map.of(new TopicPartition(topic, 0), 2L));
        try (var tool = new DescribeByKafkaTool(broker.bootstrap())) {
            assertThat(tool.groups()).contains(idle);
            groups.deleteGroup(idle);
            assertThat(tool.groups()).doesNotContain(idle);
        }
        assertThatThrownBy(() -> groups.describe(idle)).isInstanceOfSatisfying(GroupException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void deletingATopicsOffsetsLeavesTheOtherTopicsAndIsRefusedWhileAMemberReadsIt() throws Exception {
        var topic = kafka.topic("forget", 2);
        var kept = kafka.topic("kept", 1);
        var group = GroupTestKafka.unique("forgetful");
        kafka.commit(group, Map.of(new TopicPartition(topic, 0), 0L, new TopicPartition(topic, 1), 0L,
                new TopicPartition(kept, 0), 0L));

        groups.deleteOffsets(group, topic);

        assertThat(groups.describe(group).partitions()).extracting(PartitionLag::topic).containsExactly(kept);
        assertThatThrownBy(() -> groups.deleteOffsets(group, GroupTestKafka.unique("no-such-topic")))
                .isInstanceOfSatisfying(GroupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));

        var busy = GroupTestKafka.unique("busy-offsets");
        try (var member = kafka.member(busy, "topic-reader", topic, Map.of())) {
            member.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)));
            assertThatThrownBy(() -> groups.deleteOffsets(busy, topic)).isInstanceOfSatisfying(GroupException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.ACTIVE);
                assertThat(e.getMessage()).contains("topic-reader");
            });
        }
    }
}
