package io.pinpipe.sandbox.view;

import io.pinpipe.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PortFieldTest {

    @TempDir
    Path dir;

    @Test
    void aValidPortTypedIsRememberedAndAValidPrefixOfABadOneIsNot() {
        try (var settings = new SettingsStore(dir.resolve("settings.json"))) {
            var field = new PortField(settings);
            for (var typed : new String[]{"7", "70", "700", "7000", "70000"}) {
                field.textProperty().set(typed);
            }
            assertThat(field.problemProperty().get()).startsWith("Use a port from 1024 to 65535");
            assertThat(settings.get().sandboxPort()).as("the opening port, not 7000 on the way to 70000").isEqualTo(9092);

            field.textProperty().set("9093");
            assertThat(settings.get().sandboxPort()).isEqualTo(9093);
        }
    }
}
