package io.pinpipe.messages.filter;

import java.nio.file.Path;
import java.util.List;

/**
 * Named filters per topic, kept in {@code saved-filters.json} in the settings folder (no secrets: filters only).
 * Written atomically; a file that cannot be read is set aside and an empty list is used (logged, never a crash).
 */
public final class SavedFilters {

    /** One saved filter: its name and fields. */
    public record Saved(String name, FilterSpec spec) {
    }

    private final Path file;

    public SavedFilters(Path configDir) {
        this.file = configDir.resolve("saved-filters.json");
    }

    public List<Saved> of(String topic) {
        throw new UnsupportedOperationException("helper: filter");
    }

    /** Adds or replaces (same name) the topic's filter. */
    public void save(String topic, Saved saved) {
        throw new UnsupportedOperationException("helper: filter");
    }

    public void remove(String topic, String name) {
        throw new UnsupportedOperationException("helper: filter");
    }

    Path file() {
        return file;
    }
}
