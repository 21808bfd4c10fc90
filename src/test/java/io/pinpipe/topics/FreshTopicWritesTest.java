package io.pinpipe.topics;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FirstRecords;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.OptionalInt;

import static io.pinpipe.topics.TopicTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic is writable the moment it is reported created. A record sent to a partition whose leader is not serving
 * yet fails with NOT_LEADER_OR_FOLLOWER; an idempotent producer (the emulator's) that meanwhile lands a later batch
 * on that partition then retries the first one until its delivery timeout, two minutes (KAFKA-15591).
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class FreshTopicWritesTest {

    // Many partitions make the broker's work after the topic is in its metadata long enough to be caught.
    static final int PARTITIONS = 48;
    private static final int ROUNDS = 4;

    private final KafkaBroker broker;

    FreshTopicWritesTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void everyPartitionOfANewTopicTakesARecordAsSoonAsCreateReturns() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var first = new FirstRecords(broker.bootstrap())) {
            for (var round = 0; round < ROUNDS; round++) {
                var name = uniqueName("fresh");
                admin.create(NewTopicRequest.named(name).withPartitions(PARTITIONS), false);

                assertThat(first.refusedBy(name, PARTITIONS)).as("partitions of %s that refused the first record", name)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyPipelineTopicTakesARecordAsSoonAsTheyAreCreated() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var first = new FirstRecords(broker.bootstrap())) {
            var prefix = uniqueName("fresh-pipeline");
            var topics = admin.createPipelineTopics(prefix, OptionalInt.of(PARTITIONS), OptionalInt.empty()).created();

            assertThat(topics).hasSize(3);
            for (var topic : topics) {
                assertThat(first.refusedBy(topic, PARTITIONS)).as("partitions of %s that refused the first record", topic)
                        .isEmpty();
            }
        }
    }

    @Test
    void partitionsAddedToATopicTakeARecordAsSoonAsTheyAreAdded() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var first = new FirstRecords(broker.bootstrap())) {
            var name = uniqueName("fresh-grown");
            admin.create(NewTopicRequest.named(name).withPartitions(1), false);
            admin.addPartitions(name, PARTITIONS, false);

            assertThat(first.refusedBy(name, PARTITIONS)).as("partitions of %s that refused the first record", name)
                    .isEmpty();
        }
    }
}
