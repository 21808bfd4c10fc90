package io.pinpipe.cli;

import io.pinpipe.topics.TopicAdmin;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How long a topics command waits for the cluster before saying it did not answer (a picocli mixin). */
final class AdminTimeout {

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Give up when the cluster has not answered after this long (default: ${DEFAULT-VALUE}).")
    int seconds;

    Duration duration() {
        if (seconds < 1) {
            throw new IllegalArgumentException("--timeout must be at least 1 second, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
