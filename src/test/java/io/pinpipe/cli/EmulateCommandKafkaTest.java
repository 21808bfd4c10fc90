package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.KafkaTestClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** {@code pinpipe emulate} from the sandbox sample database to a real broker, as a person runs it. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class EmulateCommandKafkaTest {

    @TempDir
    Path home;
    private final KafkaBroker broker;

    EmulateCommandKafkaTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void countEventsFromTheSandboxLandOnTheThreeTopicsAndTheCountsArePrinted() {
        var prefix = "cli-" + Long.toHexString(System.nanoTime());
        var run = CliRun.of(Map.of(AppPaths.HOME_VARIABLE, home.toString()), "emulate", "--source", "sandbox",
                "--bootstrap", broker.bootstrap(), "--topic-prefix", prefix, "--pace", "max", "--count", "25",
                "--create-topics");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("25 events in ")
                .containsPattern(prefix + "\\.pin\\s+25\\s+25\\s+25\\s+0\\s+0")
                .containsPattern(prefix + "\\.user\\s+25\\s+25\\s+25\\s+0\\s+0")
                .containsPattern("total\\s+75\\s+75\\s+75\\s+0\\s+0");
        assertThat(run.err()).contains("Created topics " + prefix + ".pin, " + prefix + ".geo, " + prefix + ".user")
                .contains("25 events: sampled 75, acked 75, failed 0, missing 0");
        for (var suffix : new String[] {"pin", "geo", "user"}) {
            assertThat(KafkaTestClients.consume(broker.bootstrap(), prefix + "." + suffix, 25)).hasSize(25);
        }
    }

    @Test
    void missingTopicsAreNamedWithTheOptionThatCreatesThem() {
        var run = CliRun.of(Map.of(AppPaths.HOME_VARIABLE, home.toString()), "emulate", "--source", "sandbox",
                "--bootstrap", broker.bootstrap(), "--topic-prefix", "absent-topics", "--count", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Topics absent-topics.pin, absent-topics.geo, absent-topics.user not found at "
                + broker.bootstrap() + ": add --create-topics to create them");
    }

    @Test
    void anUnreachableDatabaseIsSaidInOneLine() throws IOException {
        try (var closedPort = ClosedPort.open()) {
            var port = closedPort.port();
            var run = CliRun.of(Map.of(PasswordSource.VARIABLE, ""), "emulate", "--source",
                    "jdbc:mysql://127.0.0.1:" + port + "/pinterest_data", "--bootstrap", broker.bootstrap(),
                    "--topic-prefix", "unreachable", "--count", "1");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).startsWith("pinpipe: Cannot reach 127.0.0.1:" + port);
        }
    }
}
