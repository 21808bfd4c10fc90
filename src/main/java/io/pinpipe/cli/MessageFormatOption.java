package io.pinpipe.cli;

import picocli.CommandLine.Option;

/** {@code --format} of {@code messages read} and {@code tail} (a picocli mixin): how each message is printed. */
final class MessageFormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = MessageFormat.Converter.class,
            description = "text (for people), json (a JSON line per message), csv, or raw (each value's bytes on a "
                    + "line, like kafka-console-consumer) (default: ${DEFAULT-VALUE}).")
    MessageFormat format;
}
