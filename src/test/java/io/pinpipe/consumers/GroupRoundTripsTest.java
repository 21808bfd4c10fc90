package io.pinpipe.consumers;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A full refresh costs the same number of requests with 3 groups as with 40: nothing is sent once per group. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupRoundTripsTest {

    private final KafkaBroker broker;

    GroupRoundTripsTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void theRefreshDoesNotGrowOneRequestPerGroup() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("trips", 4);
            kafka.produce(topic, 0, 5, 1_000, 1);
            var stem = GroupTestKafka.unique("trip");
            // Every group commits on every partition: the admin client caches partition leaders, so a partition
            // seen for the first time costs a metadata lookup; the same partitions keep the comparison about groups.
            var offsets = Map.of(new TopicPartition(topic, 0), 1L, new TopicPartition(topic, 1), 0L,
                    new TopicPartition(topic, 2), 0L, new TopicPartition(topic, 3), 0L);
            for (var i = 0; i < 3; i++) {
                kafka.commit(stem + "-" + i, offsets);
            }
            groups.listGroups(() -> false); // the first call also learns the cluster's metadata
            var few = groups.listGroups(() -> false);
            for (var i = 3; i < 40; i++) {
                kafka.commit(stem + "-" + i, offsets);
            }
            var many = groups.listGroups(() -> false);

            assertThat(many.groups().stream().filter(g -> g.groupId().startsWith(stem + "-"))).hasSize(40);
            assertThat(many.groups().size()).isGreaterThanOrEqualTo(few.groups().size() + 37);
            assertThat(few.roundTrips()).isPositive();
            assertThat(many.roundTrips()).as("requests with %d groups vs %d groups", many.groups().size(),
                    few.groups().size()).isEqualTo(few.roundTrips());
            System.out.printf("round trips: %d groups -> %d requests, %d groups -> %d requests%n",
                    few.groups().size(), few.roundTrips(), many.groups().size(), many.roundTrips());
        }
    }
}
