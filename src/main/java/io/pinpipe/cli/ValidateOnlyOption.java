package io.pinpipe.cli;

import picocli.CommandLine.Option;

/** {@code --validate-only} (a picocli mixin): the broker checks the change, and nothing changes. */
final class ValidateOnlyOption {

    @Option(names = "--validate-only", description = "Ask the broker whether it would make the change, without making it.")
    boolean wanted;
}
