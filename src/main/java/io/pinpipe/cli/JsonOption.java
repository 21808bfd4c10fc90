package io.pinpipe.cli;

import picocli.CommandLine.Option;

/** {@code --json} (a picocli mixin): output for another program to read rather than for a person. */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON for another program to read.")
    boolean wanted;
}
