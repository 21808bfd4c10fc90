package io.pinpipe.sandbox;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;

/** The broker's data folder and the cluster id it is formatted with, kept in a file so it never changes. */
final class BrokerStorage {

    private final SandboxFiles files;

    BrokerStorage(SandboxFiles files) {
        this.files = files;
    }

    /** The id to format with: made once, then read back on every start. */
    String clusterId() {
        var file = files.clusterIdFile();
        try {
            var kept = keptClusterId();
            if (kept.isPresent()) {
                return kept.get();
            }
            var id = Uuid.randomUuid().toString();
            Files.createDirectories(file.getParent());
            Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the sandbox cluster id in " + file + ": " + e.getMessage(), e);
        }
    }

    boolean isFormatted() {
        return Files.isRegularFile(metaProperties());
    }

    /**
     * The id a broker on this storage reports: the one the format wrote into {@code meta.properties}, or before
     * the format has run, the one it is about to write. Empty when neither exists yet.
     */
    Optional<String> ownClusterId() {
        return read(metaProperties()).flatMap(meta -> Optional.ofNullable(meta.getProperty("cluster.id")))
                .map(String::strip).filter(id -> !id.isEmpty())
                .or(() -> {
                    try {
                        return keptClusterId();
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }

    private Optional<String> keptClusterId() throws IOException {
        var file = files.clusterIdFile();
        return Files.isRegularFile(file)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(id -> !id.isEmpty())
                : Optional.empty();
    }

    private static Optional<Properties> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // being written by the format right now: the kept id says the same
        }
    }

    private Path metaProperties() {
        return files.dataDir().resolve("meta.properties");
    }

    /** Deletes every topic and record, and the cluster id that went with them. */
    void delete() {
        try {
            deleteTree(files.dataDir());
            Files.deleteIfExists(files.clusterIdFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the sandbox data in " + files.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
