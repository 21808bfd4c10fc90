package io.pinpipe.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import io.pinpipe.sandbox.BrokerProperties;

/** A single-node KRaft broker inside the test JVM, with its data under {@code target/}. */
public final class InProcessKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final Path dir;
    private final KafkaBroker broker;

    private InProcessKafka(KafkaRaftServer server, Path dir, KafkaBroker broker) {
        this.server = server;
        this.dir = dir;
        this.broker = broker;
    }

    static InProcessKafka start() {
        return start(Path.of("target", "embedded-kafka"));
    }

    /** @param parent where the broker's data goes, in a folder of its own that closing deletes */
    static InProcessKafka start(Path parent) {
        try {
            var dir = Files.createDirectories(parent).toAbsolutePath()
                    .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            var port = freePort();
            var controllerPort = freePort();
            var properties = properties(dir.resolve("data"), port, controllerPort);
            var file = Files.createDirectories(dir).resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "In-process test broker");
            }
            format(file);
            var server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            return new InProcessKafka(server, dir, new KafkaBroker("127.0.0.1:" + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        server.awaitShutdown();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Formats a broker's storage in this JVM, as the sandbox's broker process does before its first start. */
    public static void format(Path file) {
        var output = new ByteArrayOutputStream();
        var status = StorageTool.execute(new String[] {"format", "--config", file.toString(),
                "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted"},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the test broker failed: " + output.toString(StandardCharsets.UTF_8));
        }
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
