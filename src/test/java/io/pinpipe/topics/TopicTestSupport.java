package io.pinpipe.topics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique topic names (the broker is shared by the whole run) and a producer that writes to a chosen partition. */
final class TopicTestSupport {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TopicTestSupport() {
    }

    static String uniqueName(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    static Properties client(String bootstrap) {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        return properties;
    }

    /** A record to produce: partition, timestamp, key and value as bytes (null allowed). */
    record Message(int partition, long timestamp, byte[] key, byte[] value) {
    }

    static void produce(String bootstrap, String topic, List<Message> messages) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (var message : messages) {
                producer.send(new ProducerRecord<>(topic, message.partition(), message.timestamp(), message.key(), message.value()));
            }
            producer.flush();
        }
    }
}
