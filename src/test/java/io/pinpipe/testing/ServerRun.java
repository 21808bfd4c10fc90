package io.pinpipe.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.function.IntFunction;

/** An {@link EmbeddedServer} in a folder of its own, deleted on close. */
final class ServerRun implements AutoCloseable {

    private final EmbeddedServer server;
    private final Path dir;

    private ServerRun(EmbeddedServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** A fresh folder for one broker under {@code parent}, unique per test JVM and start. */
    static Path newFolder(Path parent) throws IOException {
        return Files.createDirectories(parent).toAbsolutePath()
                .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /**
     * @param configuration the server's configuration for a controller port
     * @param formatOptions extra {@code kafka-storage.sh format} options, such as {@code --add-scram ...}
     */
    static ServerRun start(Path dir, IntFunction<Properties> configuration, String... formatOptions) {
        return new ServerRun(EmbeddedServer.start(dir, configuration, formatOptions), dir);
    }

    /** {@code 127.0.0.1:port} of a listener. */
    String address(String listener) {
        return server.address(listener);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
