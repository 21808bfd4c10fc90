package io.pinpipe.emulator;

import io.pinpipe.sandbox.BrokerProperties;
import io.pinpipe.testing.InProcessKafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A single-node KRaft broker a test can stop and start again on the same ports with the same data. */
public final class RestartableKafka implements AutoCloseable {

    private final Properties properties;
    private final String bootstrap;
    private KafkaRaftServer server;

    public RestartableKafka(Path dir) throws IOException {
        var port = freePort();
        var controllerPort = freePort();
        properties = new BrokerProperties(dir.resolve("data").toAbsolutePath(), port, controllerPort).asProperties();
        var file = Files.createDirectories(dir).resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "Restartable test broker");
        }
        InProcessKafka.format(file);
        bootstrap = "127.0.0.1:" + port;
        start();
    }

    public String bootstrap() {
        return bootstrap;
    }

    public void start() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
    }

    public void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
