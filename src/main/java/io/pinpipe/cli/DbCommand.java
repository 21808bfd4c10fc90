package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pinpipe db ...}: the MySQL side of the pipeline, the database the emulator samples from. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Work with the MySQL database of posts, geolocations and users that the emulator reads.",
        subcommands = {DbSeedCommand.class})
public final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
