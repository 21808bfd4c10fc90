package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxStateTest {

    @TempDir
    Path dir;

    private final SandboxState state = new SandboxState(4242, 9092, "127.0.0.1:9092", Instant.parse("2025-05-01T10:15:30.123Z"));

    @Test
    void readsBackWhatItWrote() throws Exception {
        var file = dir.resolve("kafka").resolve("broker.json");

        state.write(file);

        assertThat(SandboxState.read(file)).contains(state);
        assertThat(Files.readString(file)).contains("\"bootstrap\" : \"127.0.0.1:9092\"", "\"startedAt\" : \"2025-05-01T10:15:30.123Z\"");
    }

    @Test
    void aMissingOrTornFileIsNoBroker() throws Exception {
        var file = dir.resolve("broker.json");
        assertThat(SandboxState.read(file)).isEmpty();

        Files.writeString(file, "{\"pid\": 12");

        assertThat(SandboxState.read(file)).isEmpty();
    }

    @Test
    void deletesTheFileOnlyWhenItStillDescribesTheSameBroker() {
        var file = dir.resolve("broker.json");
        var newer = new SandboxState(4343, 9093, "127.0.0.1:9093", Instant.parse("2025-05-01T10:20:00Z"));
        newer.write(file);

        state.deleteIfCurrent(file);
        assertThat(file).exists();

        newer.deleteIfCurrent(file);
        assertThat(file).doesNotExist();
    }
}
