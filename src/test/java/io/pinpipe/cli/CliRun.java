package io.pinpipe.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/** One run of the real command line with a given environment and no terminal, as a test sees it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == DbSeedCommand.class) {
                    return type.cast(new DbSeedCommand(env::get, question -> Optional.empty()));
                }
                if (type == EmulateCommand.class) {
                    return type.cast(new EmulateCommand(env::get, question -> Optional.empty()));
                }
                if (type == AwsOptions.class) {
                    return type.cast(new AwsOptions(io.pinpipe.clusters.AwsEnvironment.of(env::get)));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        var exitCode = PinpipeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Everything the person saw, to check that no secret or stack trace leaked into either stream. */
    String everything() {
        return out + err;
    }
}
