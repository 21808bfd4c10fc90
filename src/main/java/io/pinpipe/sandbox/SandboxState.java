package io.pinpipe.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/** The running broker as a small JSON file, so the GUI and the CLI see and control the same one. */
record SandboxState(long pid, int port, String bootstrap, Instant startedAt) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static Optional<SandboxState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), SandboxState.class));
        } catch (IOException e) {
            // A torn or hand-edited file describes no broker we could control.
            return Optional.empty();
        }
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            var temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), this);
            // Readers in other processes must never see half a file.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file only if it still describes this broker: a concurrent start may have replaced it. */
    void deleteIfCurrent(Path file) {
        if (read(file).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the sandbox state file " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
