package io.pinpipe.testing;

import io.pinpipe.sandbox.BrokerProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** A single-node KRaft broker inside the test JVM, with its data under {@code target/}. */
public final class InProcessKafka implements AutoCloseable {

    private final ServerRun run;
    private final KafkaBroker broker;

    private InProcessKafka(ServerRun run, KafkaBroker broker) {
        this.run = run;
        this.broker = broker;
    }

    static InProcessKafka start() {
        return start(Path.of("target", "embedded-kafka"));
    }

    /** @param parent where the broker's data goes, in a folder of its own that closing deletes */
    static InProcessKafka start(Path parent) {
        return start(parent, Map.of());
    }

    /** A broker of its own that, like MSK's by default, does not create a topic a client merely names. */
    public static InProcessKafka withoutAutoCreate() {
        return start(Path.of("target", "embedded-kafka"), Map.of("auto.create.topics.enable", "false"));
    }

    private static InProcessKafka start(Path parent, Map<String, String> overrides) {
        try {
            var dir = ServerRun.newFolder(parent);
            var port = freePort();
            var controllerPort = freePort();
            var properties = properties(dir.resolve("data"), port, controllerPort);
            properties.putAll(overrides);
            var run = ServerRun.start(dir, properties);
            return new InProcessKafka(run, new KafkaBroker("127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() throws IOException {
        run.close();
    }

    /** Formats a broker's storage in this JVM, as the sandbox's broker process does before its first start. */
    public static void format(Path file) {
        ServerRun.format(file);
    }

    static Properties properties(Path dataDir, int port, int controllerPort) {
        return new BrokerProperties(dataDir, port, controllerPort).asProperties();
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
