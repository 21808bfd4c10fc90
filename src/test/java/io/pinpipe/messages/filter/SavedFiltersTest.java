package io.pinpipe.messages.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved filters per topic survive a restart; a damaged file is set aside, never a crash. */
class SavedFiltersTest {

    @TempDir
    Path config;

    private static SavedFilters.Saved saved(String name, String expression, Optional<Instant> from) {
        return new SavedFilters.Saved(name, new FilterSpec("Zürich", "^a", expression, "source", "emulator", from,
                Optional.empty()));
    }

    @Test
    void roundTripPerTopic() {
        var first = saved("big accounts", "follower_count > 1000", Optional.of(Instant.parse("2026-12-07T10:00:00Z")));
        var second = saved("travel", "category in (art, travel)", Optional.empty());
        new SavedFilters(config).save("orders.pin", first);
        new SavedFilters(config).save("orders.pin", second);
        new SavedFilters(config).save("orders.geo", second);

        var reopened = new SavedFilters(config);
        assertThat(reopened.of("orders.pin")).containsExactly(first, second);
        assertThat(reopened.of("orders.geo")).containsExactly(second);
        assertThat(reopened.of("other")).isEmpty();
    }

    @Test
    void saveReplacesByNameAndRemoveDeletes() throws IOException {
        var filters = new SavedFilters(config);
        filters.save("t", saved("one", "a = 1", Optional.empty()));
        filters.save("t", saved("two", "b = 2", Optional.empty()));
        filters.save("t", saved("One", "a = 3", Optional.empty()));
        assertThat(filters.of("t")).extracting(s -> s.spec().expression()).containsExactly("a = 3", "b = 2");

        filters.remove("t", "two");
        filters.remove("t", "not there");
        assertThat(filters.of("t")).extracting(SavedFilters.Saved::name).containsExactly("One");
        assertThat(Files.readString(filters.file())).contains("\"One\"").doesNotContain("\"two\"");
        try (var left = Files.list(config)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("saved-filters.json");
        }
    }

    @Test
    void instantsAreStoredAsIsoText() throws IOException {
        var filters = new SavedFilters(config);
        filters.save("t", saved("x", "", Optional.of(Instant.parse("2026-12-07T10:00:00Z"))));
        assertThat(Files.readString(filters.file())).contains("\"from\" : \"2026-12-07T10:00:00Z\"");
    }

    @Test
    void aCorruptFileIsSetAsideAndAnEmptyListUsed() throws IOException {
        var filters = new SavedFilters(config);
        Files.writeString(filters.file(), "{\"topics\": [ this is not json");
        assertThat(filters.of("t")).isEmpty();
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("saved-filters.json.broken-");
        }
        filters.save("t", saved("fresh", "a = 1", Optional.empty()));
        assertThat(new SavedFilters(config).of("t")).extracting(SavedFilters.Saved::name).containsExactly("fresh");
    }
}
