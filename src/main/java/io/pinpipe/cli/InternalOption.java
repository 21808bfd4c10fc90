package io.pinpipe.cli;

import picocli.CommandLine.Option;

/** {@code --include-internal} (a picocli mixin): also what Kafka or the platform keeps for itself. */
final class InternalOption {

    @Option(names = "--include-internal",
            description = "Also list internal ones: topics such as __consumer_offsets, groups whose id starts with _.")
    boolean wanted;
}
