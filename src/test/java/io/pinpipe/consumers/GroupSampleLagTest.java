package io.pinpipe.consumers;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lag chart's light sample: the same total as the full describe, in two requests, and NOT_FOUND once deleted. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupSampleLagTest {

    private final KafkaBroker broker;
    private GroupTestKafka kafka;
    private GroupAdmin groups;

    GroupSampleLagTest(KafkaBroker broker) {
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
    void aSampleIsTheDescribedTotalInTwoRequests() throws Exception {
        var topic = kafka.topic("sample", 2);
        kafka.produce(topic, 0, 10, 1_000, 1);
        kafka.produce(topic, 1, 4, 1_000, 1);
        var group = GroupTestKafka.unique("sampled");
        kafka.commit(group, Map.of(new TopicPartition(topic, 0), 3L, new TopicPartition(topic, 1), 4L));
        groups.sampleLag(group); // the client's first requests (metadata, connections) are not the sample's

        groups.describe(group);

        var sampling = RoundTripCounter.start(groups.client().admin());
        var sampled = groups.sampleLag(group);
        var sampleRequests = sampling.sent();
        var describing = RoundTripCounter.start(groups.client().admin());
        var described = groups.describe(group);
        var describeRequests = describing.sent();

        assertThat(sampled).isEqualTo(OptionalLong.of(7)).isEqualTo(described.summary().totalLag());
        // Committed offsets and log ends (with the coordinator's lookup): no describe, no log starts, no time lag.
        assertThat(sampleRequests).as("a sample's requests").isLessThanOrEqualTo(3).isLessThan(describeRequests);
        System.out.printf("sample %d requests, describe %d requests%n", sampleRequests, describeRequests);
    }

    @Test
    void aPartitionPastTheEndCountsAsNoLagNeverNegative() throws Exception {
        var topic = kafka.topic("sample-past", 1);
        kafka.produce(topic, 0, 5, 1_000, 1);
        var group = GroupTestKafka.unique("sampled-past");
        kafka.commit(group, Map.of(new TopicPartition(topic, 0), 50L));

        assertThat(groups.sampleLag(group)).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void aDeletedGroupIsNotFound() throws Exception {
        var topic = kafka.topic("sample-gone", 1);
        kafka.produce(topic, 0, 5, 1_000, 1);
        var group = GroupTestKafka.unique("sampled-gone");
        kafka.commit(group, Map.of(new TopicPartition(topic, 0), 1L));
        groups.deleteGroup(group);

        assertThatThrownBy(() -> groups.sampleLag(group)).isInstanceOfSatisfying(GroupException.class,
                e -> assertThat(e.reason()).isEqualTo(GroupException.Reason.NOT_FOUND));
    }
}
