package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The .env file pinpipe emulate reads its database password from, as the original did. */
class EmulateDotEnvTest {

    @TempDir
    Path dir;

    @Test
    void theFileFillsInWhatTheEnvironmentLacks() throws IOException {
        var file = Files.writeString(dir.resolve(".env"), """
                # the original kept its credentials here
                PINPIPE_DB_PASSWORD="from file"
                export OTHER = 'quoted'
                BROKEN LINE
                """);
        var env = DotEnv.over(Map.of("OTHER", "from environment")::get, file);

        assertThat(env.apply(PasswordSource.VARIABLE)).isEqualTo("from file");
        assertThat(env.apply("OTHER")).isEqualTo("from environment");
        assertThat(env.apply("BROKEN LINE")).isNull();
        assertThat(DotEnv.read(dir.resolve("absent"))).isEmpty();
        assertThat(DotEnv.read(file)).containsEntry("OTHER", "quoted");
    }
}
