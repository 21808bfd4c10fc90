package io.pinpipe.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Whether a topic takes records the moment it is said to be ready: one record to each partition from a producer
 * that does not retry, so a partition whose leader is not serving yet shows as a refusal instead of being hidden.
 */
public final class FirstRecords implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public FirstRecords(String bootstrap) {
        this.producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.RETRIES_CONFIG, 0,
                ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer());
        // Connected before the topic exists, so the first send is not slowed by the first connection.
        producer.partitionsFor("__first-records-warm-up").size();
    }

    /** "partition: error" for each partition of {@code topic} that refused its first record. */
    public List<String> refusedBy(String topic, int partitions) throws Exception {
        var sends = new ArrayList<Future<?>>();
        for (var partition = 0; partition < partitions; partition++) {
            sends.add(producer.send(new ProducerRecord<>(topic, partition, null, "first".getBytes())));
        }
        var refused = new ArrayList<String>();
        for (var partition = 0; partition < partitions; partition++) {
            try {
                sends.get(partition).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                refused.add(partition + ": " + e.getCause().getClass().getSimpleName());
            }
        }
        return refused;
    }

    @Override
    public void close() {
        producer.close();
    }
}
