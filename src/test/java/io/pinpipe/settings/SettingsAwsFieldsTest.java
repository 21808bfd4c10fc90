package io.pinpipe.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Clusters pane's profile, region and endpoint are remembered, and older settings files still load. */
class SettingsAwsFieldsTest {

    @TempDir
    Path folder;

    @Test
    void aFileFromBeforeTheClustersPaneLoadsWithNoAwsChoice() throws Exception {
        var file = folder.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"DARK\",\"lastPane\":\"topics\",\"activeConnection\":\"Local sandbox\","
                + "\"sandboxPort\":9093,\"keepSandboxRunning\":false,\"startSandboxOnOpen\":false}");
        try (var store = new SettingsStore(file)) {
            assertThat(store.get().theme()).isEqualTo(Theme.DARK);
            assertThat(store.get().sandboxPort()).isEqualTo(9093);
            assertThat(store.get().awsProfile()).isNull();
            assertThat(store.get().awsRegion()).isNull();
            assertThat(store.get().mskEndpoint()).isNull();
        }
        assertThat(folder.resolve("settings.json.damaged")).doesNotExist();
    }

    @Test
    void profileRegionAndEndpointSurviveARestart() {
        var file = folder.resolve("settings.json");
        try (var store = new SettingsStore(file)) {
            store.update(s -> s.withAwsProfile("data-eng").withAwsRegion("eu-west-1").withMskEndpoint(" http://127.0.0.1:4566 "));
        }
        try (var store = new SettingsStore(file)) {
            assertThat(store.get().awsProfile()).isEqualTo("data-eng");
            assertThat(store.get().awsRegion()).isEqualTo("eu-west-1");
            assertThat(store.get().mskEndpoint()).isEqualTo("http://127.0.0.1:4566");
            store.update(s -> s.withAwsProfile(null));
            assertThat(store.get().awsProfile()).isNull();
        }
    }
}
