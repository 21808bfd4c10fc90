package io.pinpipe.doctor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks the cluster to describe itself. The admin client sends that request to an advertised broker, so when
 * it times out a consumer's topic listing, which goes to the bootstrap broker itself, tells "the bootstrap
 * answered but its advertised brokers cannot be reached" from "no Kafka answer at all".
 */
final class KafkaProbe {

    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private KafkaProbe() {
    }

    /** @throws Exception what the clients threw, unwrapped from {@link ExecutionException} */
    static KafkaAnswer ask(Properties connection, Duration describeTimeout, Duration listTimeout) throws Exception {
        var started = System.nanoTime();
        try {
            return describe(connection, describeTimeout, started);
        } catch (TimeoutException | java.util.concurrent.TimeoutException describeTimedOut) {
            try {
                return fromTopics(connection, listTimeout, started);
            } catch (TimeoutException listTimedOut) {
                throw describeTimedOut;
            }
        }
    }

    private static KafkaAnswer describe(Properties connection, Duration timeout, long started) throws Exception {
        var millis = (int) timeout.toMillis();
        var properties = limited(connection, "pinpipe-doctor-admin-", millis);
        var admin = Admin.create(properties);
        try {
            var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis));
            var clusterId = cluster.clusterId().get(millis + 1000L, TimeUnit.MILLISECONDS);
            var nodes = cluster.nodes().get(millis + 1000L, TimeUnit.MILLISECONDS);
            var controller = Optional.ofNullable(cluster.controller().get(millis + 1000L, TimeUnit.MILLISECONDS))
                    .filter(node -> !node.isEmpty()).map(Node::id);
            var brokers = nodes.stream().map(KafkaProbe::broker).sorted(java.util.Comparator.comparingInt(KafkaAnswer.Broker::id)).toList();
            return new KafkaAnswer(Optional.ofNullable(clusterId), brokers, controller, true, since(started));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            admin.close(Duration.ofSeconds(1)); // the default close waits for pending calls without limit
        }
    }

    private static KafkaAnswer fromTopics(Properties connection, Duration timeout, long started) {
        var properties = limited(connection, "pinpipe-doctor-probe-", (int) timeout.toMillis());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (var consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var brokers = new TreeMap<Integer, KafkaAnswer.Broker>();
            consumer.listTopics(timeout).values().forEach(partitions -> partitions.forEach(partition -> nodes(partition)
                    .forEach(node -> brokers.putIfAbsent(node.id(), broker(node)))));
            return new KafkaAnswer(Optional.empty(), brokers.values().stream().toList(), Optional.empty(), false, since(started));
        }
    }

    private static java.util.stream.Stream<Node> nodes(PartitionInfo partition) {
        var replicas = partition.replicas() == null ? new Node[0] : partition.replicas();
        return java.util.stream.Stream.concat(Optional.ofNullable(partition.leader()).stream(), Arrays.stream(replicas))
                .filter(node -> node != null && !node.isEmpty());
    }

    private static KafkaAnswer.Broker broker(Node node) {
        return new KafkaAnswer.Broker(node.id(), node.host(), node.port(), Optional.ofNullable(node.rack()));
    }

    /** Short timeouts everywhere, so that the doctor never waits on a client's minutes-long defaults. */
    private static Properties limited(Properties connection, String clientId, int millis) {
        var properties = new Properties();
        properties.putAll(connection);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + CLIENT_IDS.incrementAndGet());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, millis);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        return properties;
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
