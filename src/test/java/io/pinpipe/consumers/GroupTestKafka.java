package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** Topics, messages, committed offsets and live group members on the shared test broker, each under a unique name. */
final class GroupTestKafka implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String bootstrap;
    private final Admin admin;

    GroupTestKafka(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    static String unique(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    Properties clientProperties() {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        return properties;
    }

    String topic(String stem, int partitions) throws Exception {
        var name = unique(stem);
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        awaitLeaders(admin, name, partitions);
        return name;
    }

    /**
     * The controller confirms a new topic before the broker leads its partitions; until then a commit on them fails
     * with UnknownTopicOrPartition (seen once in CI). Waits until every partition answers a ListOffsets.
     */
    static void awaitLeaders(Admin admin, String topic, int partitions) {
        var latest = new HashMap<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
        for (var partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), org.apache.kafka.clients.admin.OffsetSpec.latest());
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == partitions);
    }

    /** {@code count} messages on one partition, the i-th with timestamp {@code firstTimestamp + i * step}. */
    void produce(String topic, int partition, int count, long firstTimestamp, long step) throws Exception {
        try (var producer = producer(Map.of())) {
            for (var i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, firstTimestamp + i * step, "k" + i, "v" + i));
            }
            producer.flush();
        }
    }

    KafkaProducer<String, String> producer(Map<String, Object> extra) {
        var config = new HashMap<String, Object>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"));
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Commits offsets for a group that has no member (the way a reset or an offline tool does). */
    void commit(String group, Map<TopicPartition, Long> offsets) throws Exception {
        var commits = new HashMap<TopicPartition, OffsetAndMetadata>();
        offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset, "by-test")));
        admin.alterConsumerGroupOffsets(group, commits).all().get(30, TimeUnit.SECONDS);
    }

    /** A member of {@code group} subscribed to {@code topic}, returned once it has partitions assigned. */
    KafkaConsumer<String, String> member(String group, String clientId, String topic, Map<String, Object> extra) {
        var config = new HashMap<String, Object>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        config.putAll(extra);
        var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }

    Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
