package io.pinpipe.messages.view;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.awaitility.Awaitility.await;

/** Topics for the Messages pane's tests on a real broker: made, led, and filled fast in big batches. */
final class PaneTopics {

    private PaneTopics() {
    }

    /** Creates the topic and waits until the broker leads every partition. */
    static void create(String bootstrap, String topic, int partitions) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.describeTopics(List.of(topic)).allTopicNames()
                    .get().get(topic).partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        }
    }

    /** {@code count} messages keyed "k{i}", valued by {@code value}, on partition i % partitions. */
    static void fill(String bootstrap, String topic, int partitions, int count, IntFunction<String> value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "1",
                "linger.ms", 20, "batch.size", 512 * 1024, "compression.type", "lz4", "buffer.memory", 64L << 20),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, "k" + i, value.apply(i)));
            }
            producer.flush();
        }
    }
}
