package io.pinpipe.emulator;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a topic holds, key and value, read from the start with a real consumer. */
public record TopicRecords(String key, String value) {

    /** Reads until {@code count} records arrived and then a little longer, to see any extra ones. */
    public static List<TopicRecords> read(String bootstrap, String topic, int count) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "emulator-test-" + System.nanoTime(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var records = new ArrayList<TopicRecords>();
            var deadline = Instant.now().plusSeconds(30);
            while (records.size() < count && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(new TopicRecords(r.key(), r.value())));
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> records.add(new TopicRecords(r.key(), r.value())));
            return records;
        }
    }
}
