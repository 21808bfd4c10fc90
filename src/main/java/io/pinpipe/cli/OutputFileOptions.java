package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code -o FILE} and {@code --force} (a picocli mixin): where a client.properties goes, and whether one may be replaced. */
final class OutputFileOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists")
    boolean force;

    /** @throws CommandLine.ParameterException when the file exists and --force was not given */
    void checkFree() {
        if (file != null && Files.exists(file) && !force) {
            throw new CommandLine.ParameterException(mixee.commandLine(), file + " exists: add --force to overwrite it");
        }
    }

    /** Prints the text, or writes it to the file in ISO-8859-1 (as java.util.Properties reads it); true for the file. */
    boolean write(String text) {
        if (file == null) {
            mixee.commandLine().getOut().print(text);
            mixee.commandLine().getOut().flush();
            return false;
        }
        checkFree();
        try {
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return true;
    }
}
