package io.pinpipe.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerProcessTest {

    private final SandboxFiles files = SandboxFiles.under(Path.of("/home/ann/.local/share/pinpipe/sandbox"));
    private final Instant startedAt = Instant.parse("2025-05-01T10:00:00.120Z");

    @Test
    void recognisesItsBrokerByCommandLine() {
        var ours = info("/usr/lib/jvm/bin/java", "/usr/lib/jvm/bin/java -Xmx256m io.pinpipe.sandbox.BrokerMain "
                + files.propertiesFile(), startedAt.plusSeconds(5));
        var otherSandbox = info("/usr/lib/jvm/bin/java", "/usr/lib/jvm/bin/java io.pinpipe.sandbox.BrokerMain "
                + "/tmp/elsewhere/kafka/server.properties", startedAt);
        var recycledPid = info("/usr/bin/vim", "/usr/bin/vim notes.txt", startedAt);

        assertThat(BrokerProcess.recognises(ours, files, startedAt)).isTrue();
        assertThat(BrokerProcess.recognises(otherSandbox, files, startedAt)).isFalse();
        assertThat(BrokerProcess.recognises(recycledPid, files, startedAt)).isFalse();
    }

    @Test
    void withoutACommandLineTheJavaExecutableMustHaveStartedAtTheRecordedTime() {
        var windows = info("C:\\Program Files\\Pinpipe\\runtime\\bin\\java.exe", null, startedAt);
        var laterJava = info("C:\\Program Files\\Pinpipe\\runtime\\bin\\java.exe", null, startedAt.plusSeconds(60));
        var zombie = info(null, null, startedAt);

        assertThat(BrokerProcess.recognises(windows, files, startedAt)).isTrue();
        assertThat(BrokerProcess.recognises(laterJava, files, startedAt)).isFalse();
        assertThat(BrokerProcess.recognises(zombie, files, startedAt)).isFalse();
    }

    private static ProcessHandle.Info info(String command, String commandLine, Instant start) {
        return new ProcessHandle.Info() {
            @Override
            public Optional<String> command() {
                return Optional.ofNullable(command);
            }

            @Override
            public Optional<String> commandLine() {
                return Optional.ofNullable(commandLine);
            }

            @Override
            public Optional<String[]> arguments() {
                return Optional.empty();
            }

            @Override
            public Optional<Instant> startInstant() {
                return Optional.of(start);
            }

            @Override
            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            @Override
            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }
}
