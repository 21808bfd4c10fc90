package io.pinpipe.sandbox;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

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
            if (Files.isRegularFile(file)) {
                var id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) {
                    return id;
                }
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
        return Files.isRegularFile(files.dataDir().resolve("meta.properties"));
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
