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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;

/** A KRaft server in the test JVM: its configuration written, storage formatted, started; deleted on close. */
final class ServerRun implements AutoCloseable {

    private final KafkaRaftServer server;
    private final Path dir;

    private ServerRun(KafkaRaftServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** A fresh folder for one broker under {@code parent}, unique per test JVM and start. */
    static Path newFolder(Path parent) throws IOException {
        return Files.createDirectories(parent).toAbsolutePath()
                .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /** @param formatOptions extra {@code kafka-storage.sh format} options, such as {@code --add-scram ...} */
    static ServerRun start(Path dir, Properties properties, String... formatOptions) {
        try {
            var file = Files.createDirectories(dir).resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "In-process test broker");
            }
            format(file, formatOptions);
            var server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            return new ServerRun(server, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void format(Path file, String... formatOptions) {
        var arguments = new java.util.ArrayList<>(java.util.List.of("format", "--config", file.toString(),
                "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted"));
        arguments.addAll(java.util.List.of(formatOptions));
        var output = new ByteArrayOutputStream();
        var status = StorageTool.execute(arguments.toArray(String[]::new),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the test broker failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
        server.awaitShutdown();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
