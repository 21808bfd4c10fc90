package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** Topics and messages on the shared test broker for the message tests, each topic under a unique name. */
final class MessageTestKafka implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String bootstrap;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;

    MessageTestKafka(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    static String unique(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    ClusterClient client() {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        return ClusterClient.open(properties, bootstrap, Duration.ofSeconds(15));
    }

    String bootstrap() {
        return bootstrap;
    }

    Admin admin() {
        return admin;
    }

    String topic(String stem, int partitions) throws Exception {
        var name = unique(stem);
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        for (var partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(name, partition), OffsetSpec.latest());
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == partitions);
        return name;
    }

    /** {@code count} messages on one partition: key {@code k<i>}, value {@code <prefix><i>}, timestamp first + i * step. */
    void produce(String topic, int partition, int count, String prefix, long firstTimestamp, long step) throws Exception {
        for (var i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, partition, firstTimestamp + i * step, bytes("k" + i),
                    bytes(prefix + i)));
        }
        producer.flush();
    }

    void send(ProducerRecord<byte[], byte[]> record) throws Exception {
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    /** Sends in order per partition (the producer keeps order with idempotence); {@link #flush} to wait. */
    void sendAsync(ProducerRecord<byte[], byte[]> record) {
        producer.send(record);
    }

    void flush() {
        producer.flush();
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static MessageFilter valueContains(String part) {
        return message -> message.value() != null && text(message.value()).contains(part);
    }

    static BrowseRequest request(String topic, List<Integer> partitions, StartPosition start, MessageFilter filter,
                                 int pageSize) {
        return new BrowseRequest(topic, partitions, start, filter, pageSize, ScanLimit.UNLIMITED);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
