package io.pinpipe.consumers.view;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Topics with messages and consumer groups with committed offsets, made with Kafka's own clients for the GUI tests. */
public final class ResetTestGroups {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private ResetTestGroups() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    /** A topic with {@code perPartition} messages in each of its partitions. */
    public static void topic(String bootstrap, String topic, int partitions, int perPartition) throws Exception {
        try (var admin = admin(bootstrap)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int p = 0; p < partitions; p++) {
                for (int i = 0; i < perPartition; i++) {
                    producer.send(new ProducerRecord<>(topic, p, "key-" + i, "value-" + i));
                }
            }
            producer.flush();
        }
    }

    /** An inactive group (no member) that committed these offsets: a consumer that assigns, commits and leaves. */
    public static void committed(String bootstrap, String group, String topic, Map<Integer, Long> offsets) {
        try (var consumer = consumer(bootstrap, group, group + "-committer")) {
            var commits = new java.util.HashMap<TopicPartition, OffsetAndMetadata>();
            offsets.forEach((partition, offset) -> commits.put(new TopicPartition(topic, partition), new OffsetAndMetadata(offset)));
            consumer.assign(commits.keySet());
            consumer.commitSync(commits);
        }
    }

    /** A member that joined the group and has its partitions; close it to leave. */
    public static KafkaConsumer<String, String> member(String bootstrap, String group, String clientId, String topic) {
        var consumer = consumer(bootstrap, group, clientId);
        consumer.subscribe(List.of(topic));
        var deadline = Instant.now().plusSeconds(30);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(100));
        }
        if (consumer.assignment().isEmpty()) {
            consumer.close();
            throw new IllegalStateException("the consumer " + clientId + " never got its partitions");
        }
        consumer.commitSync();
        return consumer;
    }

    /** The group's committed offsets by partition, read with Kafka's Admin client. */
    public static Map<Integer, Long> offsets(String bootstrap, String group) throws Exception {
        try (var admin = admin(bootstrap)) {
            var found = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            var byPartition = new TreeMap<Integer, Long>();
            found.forEach((partition, offset) -> byPartition.put(partition.partition(), offset.offset()));
            return byPartition;
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap, String group, String clientId) {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap));
    }
}
