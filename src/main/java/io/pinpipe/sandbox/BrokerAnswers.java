package io.pinpipe.sandbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** Asks the port whether a broker serves clients there yet: first a TCP connect, then a real Kafka request. */
final class BrokerAnswers implements AutoCloseable {

    private final String bootstrap;
    private final int port;
    private Admin admin;

    BrokerAnswers(int port) {
        this.bootstrap = "127.0.0.1:" + port;
        this.port = port;
    }

    static boolean accepts(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The listener accepts connections: cheap, and keeps the Kafka client from logging refused connects. */
    boolean listening() {
        return accepts("127.0.0.1", port);
    }

    /**
     * The cluster id of whatever broker answers {@code describeCluster} with at least one node; empty while none
     * does. Which broker that is, is for the caller to judge: another one may have taken the port.
     */
    Optional<String> clusterId() throws InterruptedException {
        try {
            var cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(1_000));
            if (cluster.nodes().get().isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(cluster.clusterId().get()).filter(id -> !id.isBlank());
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Admin admin() {
        if (admin == null) {
            // Short timeouts and backoffs: this client only polls a broker that is coming up.
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.CLIENT_ID_CONFIG, "pinpipe-sandbox-probe",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1_000,
                    AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 500,
                    AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 1_000,
                    AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                    AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200,
                    AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50,
                    AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200));
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
