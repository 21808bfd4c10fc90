package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import io.pinpipe.consumers.ResetTarget.ShiftBy;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import io.pinpipe.consumers.ResetTarget.ToOffset;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.KafkaShareConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Bad input is refused with a sentence, and the group's committed offsets are the same afterwards. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupResetsRefusalTest {

    private final KafkaBroker broker;
    private ResetTestSupport kafka;
    private GroupAdmin groups;
    private String topic;
    private String group;
    private Map<TopicPartition, Long> before;

    GroupResetsRefusalTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void topicWithAGroup() throws Exception {
        kafka = new ResetTestSupport(broker.bootstrap());
        groups = GroupAdmin.connect(ResetTestSupport.client(broker.bootstrap()), broker.bootstrap(), Duration.ofSeconds(15));
        topic = ResetTestSupport.unique("reset-refused");
        group = ResetTestSupport.unique("reset-refused-group");
        kafka.createTopic(topic, 2);
        kafka.produce(topic, 2, 6, System.currentTimeMillis() - Duration.ofHours(1).toMillis());
        kafka.commit(group, topic, 3, 4);
        before = kafka.committed(group);
    }

    @AfterEach
    void unchanged() throws Exception {
        try {
            assertThat(kafka.committed(group)).as("committed offsets after the refusal").isEqualTo(before);
        } finally {
            groups.close();
            kafka.close();
        }
    }

    @Test
    void anUnknownGroup() throws Exception {
        var unknown = ResetTestSupport.unique("never-was");

        assertThatThrownBy(() -> groups.planReset(unknown, ResetScope.topic(topic), new ToEarliest()))
                .isInstanceOf(GroupException.class)
                .hasMessageContaining("Group '" + unknown + "' does not exist at " + broker.bootstrap())
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(kafka.committed(unknown)).isEmpty();
    }

    @Test
    void anActiveGroupIsRefusedWithItsMembersNamedAndAPlanMadeBeforeIsNotExecuted() throws Exception {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ToEarliest());
        var clientId = ResetTestSupport.unique("reader");
        try (var consumer = member(clientId)) {
            assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(topic), new ToEarliest()))
                    .isInstanceOf(GroupException.class)
                    .hasMessageContaining("Group '" + group + "' is active")
                    .hasMessageContaining(clientId + " on /127.0.0.1")
                    .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.ACTIVE);
            assertThatThrownBy(() -> groups.execute(plan))
                    .isInstanceOf(GroupException.class)
                    .hasMessageContaining(clientId)
                    .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.ACTIVE);
        }
    }

    @Test
    void aDateTimeInTheFuture() {
        var tomorrow = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(topic), new ToDateTime(tomorrow)))
                .isInstanceOf(GroupException.class)
                .hasMessageContaining("The date-time " + tomorrow + " is in the future")
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.INVALID_REQUEST);
    }

    @Test
    void aNegativeOffset() {
        assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(topic), new ToOffset(-1)))
                .hasMessageContaining("The offset -1 is negative")
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.INVALID_REQUEST);
    }

    @Test
    void anUnknownTopic() {
        var missing = ResetTestSupport.unique("no-such-topic");

        assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(missing), new ToEarliest()))
                .hasMessage("Topic '" + missing + "' does not exist at " + broker.bootstrap())
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void anUnknownPartition() {
        assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(topic, 0, 7), new ToEarliest()))
                .hasMessage("Topic '" + topic + "' has no partition 7: its partitions are 0 to 1")
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void aShiftWhereTheGroupHasCommittedNothingAsTheToolRefusesIt() throws Exception {
        var other = ResetTestSupport.unique("reset-refused-wide");
        kafka.createTopic(other, 2);
        kafka.commit(group, other, 1);
        before = kafka.committed(group);

        assertThatThrownBy(() -> groups.planReset(group, ResetScope.topic(other), new ShiftBy(1)))
                .hasMessageStartingWith("Cannot shift " + other + "-1: the group has no committed offset there")
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(Reason.INVALID_REQUEST);
    }

    /** A share group keeps no committed offsets: a reset says what kind of group it is, not that it is missing. */
    @Test
    void aShareGroupIsRefusedAsSuch() {
        var shared = ResetTestSupport.unique("reset-share");
        try (var member = new KafkaShareConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrap(), ConsumerConfig.GROUP_ID_CONFIG, shared, ConsumerConfig.CLIENT_ID_CONFIG, "share-one"),
                new StringDeserializer(), new StringDeserializer())) {
            member.subscribe(List.of(topic));
            await("the share group listed").atMost(Duration.ofSeconds(30)).until(() -> {
                member.poll(Duration.ofMillis(100));
                return groups.listGroups(() -> false).groups().stream().anyMatch(g -> g.groupId().equals(shared));
            });

            assertThatThrownBy(() -> groups.planReset(shared, ResetScope.topic(topic), new ToEarliest()))
                    .isInstanceOf(GroupException.class)
                    .hasMessage("Group '" + shared + "' is a share group: it has no committed offsets to reset (its "
                            + "start offsets are set with Kafka's kafka-share-groups.sh --reset-offsets)");
        }
    }

    /** A real member of the group, its partitions assigned. */
    private KafkaConsumer<String, String> member(String clientId) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        await("partitions assigned to the member").atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }
}
