package io.pinpipe.consumers;

import io.pinpipe.consumers.ResetTarget.ShiftBy;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An executed reset leaves the previewed offsets, and a consumer that joins the group afterwards starts there. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupResetsExecuteTest {

    private final KafkaBroker broker;
    private ResetTestSupport kafka;
    private GroupAdmin groups;
    private String topic;
    private String group;
    private Instant firstMessageAt;

    GroupResetsExecuteTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void topicWithAGroup() throws Exception {
        kafka = new ResetTestSupport(broker.bootstrap());
        groups = GroupAdmin.connect(ResetTestSupport.client(broker.bootstrap()), broker.bootstrap(), Duration.ofSeconds(15));
        topic = ResetTestSupport.unique("reset-run");
        group = ResetTestSupport.unique("reset-run-group");
        firstMessageAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        kafka.createTopic(topic, 3);
        kafka.produce(topic, 3, 10, firstMessageAt.toEpochMilli());
        kafka.commit(group, topic, 9, 9, 9);
    }

    @AfterEach
    void close() {
        groups.close();
        kafka.close();
    }

    @Test
    void aConsumerJoiningAfterTheResetStartsWherePreviewSaid() throws Exception {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ShiftBy(-4));
        assertThat(ResetTestSupport.targets(plan).values()).containsOnly(5L);

        var set = groups.execute(plan);

        assertThat(set).isEqualTo(3);
        assertThat(kafka.committed(group)).isEqualTo(ResetTestSupport.targets(plan));
        assertThat(firstOffsetsPolled(3)).isEqualTo(ResetTestSupport.targets(plan));
    }

    @Test
    void theCommandLineNamesTheBootstrapNotTheConnection() {
        try (var named = GroupAdmin.connect(ResetTestSupport.client(broker.bootstrap()), "Local sandbox (" + broker.bootstrap()
                + ")", Duration.ofSeconds(15))) {
            var plan = named.planReset(group, ResetScope.topic(topic), new ToEarliest());

            assertThat(plan.commandLine()).startsWith("kafka-consumer-groups.sh --bootstrap-server " + broker.bootstrap()
                    + " --group ").doesNotContain("Local sandbox");
        }
    }

    @Test
    void aResetOfSomePartitionsLeavesTheOthers() throws Exception {
        var plan = groups.planReset(group, ResetScope.topic(topic, 1),
                new ToDateTime(firstMessageAt.plus(Duration.ofSeconds(90))));

        assertThat(groups.execute(plan)).isEqualTo(1);

        assertThat(kafka.committed(group)).isEqualTo(Map.of(new TopicPartition(topic, 0), 9L,
                new TopicPartition(topic, 1), 2L, new TopicPartition(topic, 2), 9L));
        assertThat(firstOffsetsPolled(3)).isEqualTo(Map.of(new TopicPartition(topic, 0), 9L,
                new TopicPartition(topic, 1), 2L, new TopicPartition(topic, 2), 9L));
    }

    /** Joins the group as a real consumer and keeps the offset of the first record it gets from each partition. */
    private Map<TopicPartition, Long> firstOffsetsPolled(int partitions) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        var first = new HashMap<TopicPartition, Long>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await("a first record from each of " + partitions + " partitions").atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        for (var record : consumer.poll(Duration.ofMillis(200))) {
                            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
                        }
                        return first.size() >= partitions;
                    });
        }
        return first;
    }
}
