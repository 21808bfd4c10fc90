package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pinpipe messages ...}: browse, search, tail, produce and export messages without joining a group. */
@Command(name = "messages", mixinStandardHelpOptions = true,
        description = "Read messages from any offset or time through a filter, tail a topic, produce, export.",
        subcommands = {MessagesReadCommand.class, MessagesTailCommand.class, MessagesProduceCommand.class,
                MessagesExportCommand.class})
public final class MessagesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: read, tail, produce or export");
    }
}
