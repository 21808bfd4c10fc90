package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --timeout SECONDS} (a picocli mixin): how long a command waits for the cluster before saying it did not answer. */
final class TimeoutOption {

    /** {@link io.pinpipe.topics.TopicAdmin#DEFAULT_TIMEOUT} as a constant an annotation takes; a test keeps them equal. */
    static final int DEFAULT_SECONDS = 15;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_SECONDS,
            description = "Give up when the cluster has not answered after this many seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    /** @throws CommandLine.ParameterException for less than a second */
    Duration duration() {
        if (seconds < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--timeout must be at least 1 second, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
