package io.pinpipe.client;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Everything Pinpipe says to one Kafka cluster goes through this: it owns the connection's one {@link Admin}
 * (AdminClient has one network thread and a metadata cache worth sharing) and hands out short-lived consumers and
 * producers made from the same properties, each with its own client id. Topics, the emulator and the coming
 * consumer-group, message and insights services are all built on it.
 */
public final class ClusterClient implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(ClusterClient.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final Properties properties;
    private final String where;
    private final Duration timeout;
    private final String clientId;
    private final Admin admin;
    private final AtomicInteger borrowed = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private ClusterClient(Properties properties, String where, Duration timeout) {
        this.properties = copy(properties);
        this.where = where;
        this.timeout = timeout;
        this.clientId = "pinpipe-" + CLIENTS.incrementAndGet();
        var config = copy(properties);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try {
            this.admin = Admin.create(config);
        } catch (KafkaException e) {
            throw new IllegalArgumentException("Cannot set up a client for " + where + ": "
                    + Optional.ofNullable(e.getCause()).orElse(e).getMessage(), e);
        }
        log.debug("Client {} opened for {}", clientId, where);
    }

    /**
     * @param properties bootstrap and security settings of the cluster (see {@code ClientProperties})
     * @param where      the cluster as messages name it, never a secret (usually its bootstrap)
     * @throws IllegalArgumentException when the properties cannot make a client (e.g. a bad truststore path)
     */
    public static ClusterClient open(Properties properties, String where) {
        return open(properties, where, DEFAULT_TIMEOUT);
    }

    public static ClusterClient open(Properties properties, String where, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, not " + timeout);
        }
        return new ClusterClient(properties, where, timeout);
    }

    /** The shared admin client: never close it, the owner of this object does. */
    public Admin admin() {
        return admin;
    }

    /** A new consumer that joins no group and commits nothing (its caller closes it); {@code adjust} may add settings. */
    public KafkaConsumer<byte[], byte[]> consumer(String purpose, Consumer<Properties> adjust) {
        var config = copy(properties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, childId(purpose));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        adjust.accept(config);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** A new producer (its caller closes it); {@code adjust} sets acks, batching and the like. */
    public <K, V> KafkaProducer<K, V> producer(String purpose, Consumer<Properties> adjust,
                                               Serializer<K> keys, Serializer<V> values) {
        var config = copy(properties);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, childId(purpose));
        adjust.accept(config);
        return new KafkaProducer<>(config, keys, values);
    }

    /** The cluster's bootstrap and security settings, a copy. */
    public Properties properties() {
        return copy(properties);
    }

    public String where() {
        return where;
    }

    public Duration timeout() {
        return timeout;
    }

    public String clientId() {
        return clientId;
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            admin.close(Duration.ofSeconds(5));
            log.debug("Client {} for {} closed", clientId, where);
        }
    }

    private String childId(String purpose) {
        return clientId + "-" + purpose + "-" + borrowed.incrementAndGet();
    }

    private static Properties copy(Properties source) {
        var copy = new Properties();
        copy.putAll(source);
        return copy;
    }
}
