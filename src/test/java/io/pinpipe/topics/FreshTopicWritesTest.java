package io.pinpipe.topics;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static io.pinpipe.topics.TopicTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic is writable the moment it is reported created. A record sent to a partition whose leader is not serving
 * yet fails with NOT_LEADER_OR_FOLLOWER; an idempotent producer (the emulator's) that meanwhile lands a later batch
 * on that partition then retries the first one until its delivery timeout, two minutes (KAFKA-15591). The
 * producer here does not retry, so any partition that was not ready shows as a failed send.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class FreshTopicWritesTest {

    // Many partitions make the broker's work after the topic is in its metadata long enough to be caught.
    private static final int PARTITIONS = 48;
    private static final int ROUNDS = 4;

    private final KafkaBroker broker;

    FreshTopicWritesTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void everyPartitionOfANewTopicTakesARecordAsSoonAsCreateReturns() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var producer = producerWithoutRetries()) {
            producer.partitionsFor("__warm-up-" + ProcessHandle.current().pid()).size();
            for (var round = 0; round < ROUNDS; round++) {
                var name = uniqueName("fresh");
                admin.create(NewTopicRequest.named(name).withPartitions(PARTITIONS), false);

                assertThat(sendToEveryPartition(producer, name)).as("partitions of %s that refused the first record", name)
                        .isEmpty();
            }
        }
    }

    @Test
    void everyPipelineTopicTakesARecordAsSoonAsTheyAreCreated() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var producer = producerWithoutRetries()) {
            var prefix = uniqueName("fresh-pipeline");
            var topics = admin.createPipelineTopics(prefix, OptionalInt.of(PARTITIONS), OptionalInt.empty()).created();

            assertThat(topics).hasSize(3);
            for (var topic : topics) {
                assertThat(sendToEveryPartition(producer, topic)).as("partitions of %s that refused the first record", topic)
                        .isEmpty();
            }
        }
    }

    @Test
    void partitionsAddedToATopicTakeARecordAsSoonAsTheyAreAdded() throws Exception {
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
             var producer = producerWithoutRetries()) {
            var name = uniqueName("fresh-grown");
            admin.create(NewTopicRequest.named(name).withPartitions(1), false);
            admin.addPartitions(name, PARTITIONS, false);

            assertThat(sendToEveryPartition(producer, name)).as("partitions of %s that refused the first record", name)
                    .isEmpty();
        }
    }

    private static List<String> sendToEveryPartition(KafkaProducer<byte[], byte[]> producer, String topic) throws Exception {
        var sends = new ArrayList<java.util.concurrent.Future<?>>();
        for (var partition = 0; partition < PARTITIONS; partition++) {
            sends.add(producer.send(new ProducerRecord<>(topic, partition, null, "first".getBytes())));
        }
        var refused = new ArrayList<String>();
        for (var partition = 0; partition < PARTITIONS; partition++) {
            try {
                sends.get(partition).get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(partition + ": " + e.getCause().getClass().getSimpleName());
            }
        }
        return refused;
    }

    private KafkaProducer<byte[], byte[]> producerWithoutRetries() {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.RETRIES_CONFIG, 0,
                ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer());
    }
}
