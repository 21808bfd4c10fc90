package io.pinpipe.connections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A file of certificates to trust instead of the JDK's default ones. */
public record Truststore(Path path, TruststoreType type) {

    public Truststore {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        path = path.toAbsolutePath().normalize();
    }

    public static Truststore of(Path path) {
        return new Truststore(path, TruststoreType.guessFrom(path));
    }

    /** Checked when the connection is used, not when it is loaded: a moved file must not hide the connection. */
    public Optional<String> problem() {
        if (!Files.isRegularFile(path)) {
            return Optional.of("Truststore " + path + " does not exist");
        }
        if (!Files.isReadable(path)) {
            return Optional.of("Truststore " + path + " cannot be read");
        }
        return Optional.empty();
    }
}
