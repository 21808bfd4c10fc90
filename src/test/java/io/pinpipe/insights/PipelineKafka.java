package io.pinpipe.insights;

import static org.awaitility.Awaitility.await;

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

/** A pipeline's topics on a test broker: made, led, written to, and a client to read them. */
final class PipelineKafka implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;

    PipelineKafka(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    static String prefix(String name) {
        return "ins-" + name + "-" + Long.toHexString(System.nanoTime());
    }

    /** Creates {@code <prefix>.<suffix>} for each set given, and waits until the broker leads every partition. */
    void create(String prefix, int partitions, DataSet... sets) throws Exception {
        var topics = java.util.Arrays.stream(sets).map(set -> new NewTopic(prefix + "." + set.suffix(), partitions,
                (short) 1)).toList();
        admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        for (var topic : topics) {
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
            }
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == latest.size());
    }

    void send(String prefix, DataSet set, Map<String, Object> row) throws Exception {
        send(prefix, set, Rows.bytes(row));
    }

    void send(String prefix, DataSet set, String value) throws Exception {
        send(prefix, set, value.getBytes(StandardCharsets.UTF_8));
    }

    void send(String prefix, DataSet set, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(prefix + "." + set.suffix(), value)).get(30, TimeUnit.SECONDS);
    }

    /** A post with its two partners, on the three topics. */
    void post(String prefix, int id, String category, String country) throws Exception {
        send(prefix, DataSet.PIN, Rows.pin(id, category, "10", "poster-" + id));
        send(prefix, DataSet.GEO, Rows.geo(id, country, "2019-05-01 10:00:00"));
        send(prefix, DataSet.USER, Rows.user(id, "First" + id, "Last" + id, 30, "2016-01-01 00:00:00"));
    }

    Admin admin() {
        return admin;
    }

    ClusterClient client() {
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        return ClusterClient.open(properties, bootstrap, Duration.ofSeconds(10));
    }

    List<String> groups() throws Exception {
        return admin.listConsumerGroups().valid().get(30, TimeUnit.SECONDS).stream()
                .map(group -> group.groupId()).toList();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
