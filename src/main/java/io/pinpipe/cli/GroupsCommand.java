package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pinpipe groups ...}: what kafka-consumer-groups.sh does, with lag in time and resets planned first. */
@Command(name = "groups", mixinStandardHelpOptions = true,
        description = "List and describe consumer groups and their lag, reset their offsets, delete them.",
        subcommands = {GroupsListCommand.class, GroupsDescribeCommand.class, GroupsLagCommand.class,
                GroupsResetCommand.class, GroupsDeleteCommand.class, GroupsDeleteOffsetsCommand.class})
public final class GroupsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: list, describe, lag, reset, delete or delete-offsets");
    }
}
