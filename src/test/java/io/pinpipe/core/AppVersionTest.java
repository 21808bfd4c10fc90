package io.pinpipe.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppVersionTest {

    @Test
    void readsTheVersionMavenStampedNextToIt() {
        // "development" would mean the filtered version.properties is not where AppVersion looks.
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+.*");
    }
}
