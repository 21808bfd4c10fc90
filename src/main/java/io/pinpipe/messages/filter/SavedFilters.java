package io.pinpipe.messages.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pinpipe.messages.MessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Named filters per topic, kept in {@code saved-filters.json} in the settings folder (no secrets: filters only).
 * Written atomically; a file that cannot be read is set aside and an empty list is used (logged, never a crash).
 */
public final class SavedFilters {

    /** One saved filter: its name and fields. */
    public record Saved(String name, FilterSpec spec) {
    }

    private static final Logger log = LoggerFactory.getLogger(SavedFilters.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;

    public SavedFilters(Path configDir) {
        this.file = configDir.resolve("saved-filters.json");
    }

    /** The topic's saved filters in the order they were first saved. */
    public synchronized List<Saved> of(String topic) {
        var saved = new ArrayList<Saved>();
        read().path("topics").path(topic).forEach(entry -> saved.add(saved(entry)));
        return saved;
    }

    /** Adds or replaces (same name, ignoring case) the topic's filter. */
    public synchronized void save(String topic, Saved saved) {
        ObjectNode root = read();
        ArrayNode list = topics(root).withArray(topic);
        int at = indexOf(list, saved.name());
        if (at >= 0) {
            list.set(at, node(saved));
        } else {
            list.add(node(saved));
        }
        write(root);
    }

    public synchronized void remove(String topic, String name) {
        ObjectNode root = read();
        JsonNode list = topics(root).path(topic);
        int at = list.isArray() ? indexOf((ArrayNode) list, name) : -1;
        if (at < 0) {
            return;
        }
        ((ArrayNode) list).remove(at);
        if (list.isEmpty()) {
            topics(root).remove(topic);
        }
        write(root);
    }

    Path file() {
        return file;
    }

    private static int indexOf(ArrayNode list, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static ObjectNode topics(ObjectNode root) {
        return root.withObject("/topics");
    }

    private static ObjectNode node(Saved saved) {
        FilterSpec spec = saved.spec();
        ObjectNode node = JSON.createObjectNode();
        node.put("name", saved.name().strip());
        node.put("contains", spec.contains());
        node.put("regex", spec.regex());
        node.put("expression", spec.expression());
        node.put("headerName", spec.headerName());
        node.put("headerValue", spec.headerValue());
        spec.from().ifPresent(from -> node.put("from", from.toString()));
        spec.until().ifPresent(until -> node.put("until", until.toString()));
        return node;
    }

    private static Saved saved(JsonNode node) {
        var spec = new FilterSpec(text(node, "contains"), text(node, "regex"), text(node, "expression"),
                text(node, "headerName"), text(node, "headerValue"), instant(node, "from"), instant(node, "until"));
        return new Saved(text(node, "name"), spec);
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static Optional<Instant> instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            log.warn("Ignoring the {} time \"{}\" of saved filter \"{}\"", field, value.asText(),
                    text(node, "name"));
            return Optional.empty();
        }
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject() || !(root.path("topics").isObject() || root.path("topics").isMissingNode())) {
                throw new IOException("not an object with \"topics\"");
            }
            return (ObjectNode) root;
        } catch (IOException e) {
            setAside(e);
            return JSON.createObjectNode();
        }
    }

    /** Keeps an unreadable file for the curious and starts afresh: a damaged file must never stop the window. */
    private void setAside(IOException problem) {
        Path kept = file.resolveSibling(file.getFileName() + ".broken-" + STAMP.format(Instant.now()));
        log.warn("Saved filters in {} could not be read ({}); set aside as {}", file, problem.getMessage(), kept);
        try {
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException moveFailed) {
            throw new MessageException(MessageException.Reason.IO, "Cannot read or set aside " + file + ": "
                    + moveFailed.getMessage(), moveFailed);
        }
    }

    private void write(ObjectNode read) {
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        root.set("topics", topics(read));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "saved-filters", ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new MessageException(MessageException.Reason.IO, "Cannot save filters to " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
