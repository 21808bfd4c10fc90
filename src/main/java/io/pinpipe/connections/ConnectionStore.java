package io.pinpipe.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.pinpipe.settings.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Saved connections in {@code connections.json}: {@code {"version": 1, "connections": [...]}}. Read on every
 * call, so the window and the command line see each other's changes. An entry that does not validate is
 * skipped with a warning but kept in the file, so a hand edit gone wrong loses nothing.
 */
public final class ConnectionStore {

    public static final String FILE_NAME = "connections.json";
    private static final Logger log = LoggerFactory.getLogger(ConnectionStore.class);

    private final Path file;

    public ConnectionStore(Path file) {
        this.file = file;
    }

    public static ConnectionStore in(AppPaths paths) {
        return new ConnectionStore(paths.configDir().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public synchronized List<Connection> list() {
        var connections = new ArrayList<Connection>();
        for (var entry : entries()) {
            try {
                connections.add(ConnectionJson.connection(entry));
            } catch (IllegalArgumentException e) {
                log.warn("Skipping a saved connection in {}: {}", file, e.getMessage());
            }
        }
        return connections;
    }

    /** Adds the connection, or replaces the one with the same name (ignoring case). */
    public synchronized void save(Connection connection) {
        var entries = without(entries(), sameName(connection.name()));
        entries.add(ConnectionJson.node(connection));
        write(entries);
    }

    /** Writes {@code edited} where {@code oldName} was, in one write: a rename never leaves both or neither. */
    public synchronized void replace(String oldName, Connection edited) {
        var entries = without(without(entries(), sameName(oldName)), sameName(edited.name()));
        entries.add(ConnectionJson.node(edited));
        write(entries);
    }

    /** @return whether a connection of that name was there */
    public synchronized boolean remove(String name) {
        var before = entries();
        var after = without(before, sameName(name));
        if (after.size() == before.size()) {
            return false;
        }
        write(after);
        return true;
    }

    private static Predicate<JsonNode> sameName(String name) {
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return entry -> entry.path("name").asText().strip().toLowerCase(Locale.ROOT).equals(wanted);
    }

    private static ArrayNode without(ArrayNode entries, Predicate<JsonNode> unwanted) {
        var kept = ConnectionJson.MAPPER.createArrayNode();
        entries.forEach(entry -> {
            if (!unwanted.test(entry)) {
                kept.add(entry);
            }
        });
        return kept;
    }

    private ArrayNode entries() {
        if (!Files.exists(file)) {
            return ConnectionJson.MAPPER.createArrayNode();
        }
        try {
            var connections = ConnectionJson.MAPPER.readTree(file.toFile()).path("connections");
            if (!connections.isArray()) {
                throw new IOException("no \"connections\" array");
            }
            return (ArrayNode) connections;
        } catch (IOException e) {
            // Like the settings file: a damaged file must not stop the app; keep it aside for the curious.
            var kept = file.resolveSibling(FILE_NAME + ".damaged");
            log.warn("Saved connections in {} could not be read ({}); kept as {}", file, e.getMessage(), kept);
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("Cannot read or move aside " + file + ": " + moveFailed.getMessage(), moveFailed);
            }
            return ConnectionJson.MAPPER.createArrayNode();
        }
    }

    private void write(ArrayNode entries) {
        var root = ConnectionJson.MAPPER.createObjectNode();
        root.put("version", 1);
        root.set("connections", entries);
        try {
            Files.createDirectories(file.getParent());
            var temporary = file.resolveSibling(FILE_NAME + ".tmp");
            ConnectionJson.MAPPER.writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save connections to " + file + ": " + e.getMessage(), e);
        }
    }
}
