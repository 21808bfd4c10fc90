package io.pinpipe.cli;

import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --filter TEXT} (a picocli mixin): only the topics or groups whose name contains TEXT, in any case. */
final class NameFilter {

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only those whose name contains TEXT (any case).")
    String text;

    boolean matches(String name) {
        return text == null || name.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
