package io.pinpipe.connections;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Test connection": a describe-cluster within a short timeout, answered with a result that says in words
 * what failed. Blocks the calling thread for at most about the timeout; call it off the FX thread.
 */
public final class ConnectionTester {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ConnectionTester.class);
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final Duration timeout;

    public ConnectionTester() {
        this(DEFAULT_TIMEOUT);
    }

    public ConnectionTester(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The test timeout must be positive, not " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public ConnectionTestResult test(Connection connection, SecretSource secrets) {
        var started = System.nanoTime();
        Properties properties;
        try {
            properties = ClientProperties.of(connection, secrets);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failed(e.getMessage(), e, started);
        }
        var result = test(properties, connection.bootstrap(), started);
        log.info("Tested connection '{}' at {}: {}", connection.name(), connection.bootstrap(), result.summary());
        return result;
    }

    /** For properties made elsewhere, e.g. from a client.properties file. */
    public ConnectionTestResult test(Properties clientProperties) {
        var bootstrap = Optional.ofNullable(clientProperties.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG))
                .orElseThrow(() -> new IllegalArgumentException("The client properties have no bootstrap.servers"));
        return test(clientProperties, bootstrap, System.nanoTime());
    }

    private ConnectionTestResult test(Properties clientProperties, String bootstrap, long started) {
        var unreachable = BootstrapProbe.unreachable(bootstrap, timeout);
        if (unreachable.isPresent()) {
            return new ConnectionTestResult.Failed(unreachable.get(), unreachable.get(), since(started));
        }
        var left = timeout.minus(since(started));
        var millis = (int) Math.max(1000, left.toMillis());
        var properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "pinpipe-connection-test-" + CLIENT_IDS.incrementAndGet());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(millis, 10_000));
        properties.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(millis, 10_000));
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        try {
            var admin = Admin.create(properties);
            try {
                var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis));
                var clusterId = cluster.clusterId().get(millis + 2000L, TimeUnit.MILLISECONDS);
                var nodes = cluster.nodes().get(millis + 2000L, TimeUnit.MILLISECONDS);
                var controller = Optional.ofNullable(cluster.controller().get(millis + 2000L, TimeUnit.MILLISECONDS))
                        .filter(node -> !node.isEmpty())
                        .map(node -> node.host() + ":" + node.port() + " (id " + node.id() + ")");
                return new ConnectionTestResult.Ok(String.valueOf(clusterId), nodes.size(), controller, since(started));
            } finally {
                admin.close(Duration.ofSeconds(2)); // the default close waits for pending calls without limit
            }
        } catch (ExecutionException e) {
            return failedTalking(e.getCause(), bootstrap, clientProperties, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("The connection test was interrupted", e, started);
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            return failedTalking(e, bootstrap, clientProperties, started);
        }
    }

    /** A timeout after the socket connected means the broker did not speak Kafka to us, which has its own usual causes. */
    private ConnectionTestResult failedTalking(Throwable error, String bootstrap, Properties properties, long started) {
        if (error instanceof TimeoutException || error instanceof java.util.concurrent.TimeoutException) {
            var protocol = properties.getProperty(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
            return failed("Reached " + bootstrap + ", but no Kafka answer came within " + BootstrapProbe.seconds(timeout)
                    + ": the listener may expect another security protocol than " + protocol + " ("
                    + KafkaFailures.MSK_PORTS + "), or the brokers' advertised addresses are not reachable from here",
                    error, started);
        }
        return failed(KafkaFailures.describe(error, bootstrap), error, started);
    }

    private static ConnectionTestResult failed(String message, Throwable error, long started) {
        return new ConnectionTestResult.Failed(message, detail(error), since(started));
    }

    private static String detail(Throwable error) {
        var detail = new StringBuilder();
        for (var current = error; current != null; current = current.getCause()) {
            if (detail.length() > 0) {
                detail.append(" <- ");
            }
            detail.append(current.getClass().getName()).append(": ").append(current.getMessage());
            if (current.getCause() == current) {
                break;
            }
        }
        return detail.toString();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
