package io.pinpipe.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/** {@code pinpipe topics ...} and {@code pinpipe groups ...} run in this JVM; the delete prompt answers with {@code typed} (empty: no terminal). */
final class TopicsCli {

    private TopicsCli() {
    }

    static CliRun run(Optional<String> typed, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == TopicsDeleteCommand.class) {
                    return type.cast(new TopicsDeleteCommand(question -> typed));
                }
                if (type == GroupsDeleteCommand.class) {
                    return type.cast(new GroupsDeleteCommand(question -> typed));
                }
                if (type == GroupsDeleteOffsetsCommand.class) {
                    return type.cast(new GroupsDeleteOffsetsCommand(question -> typed));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        var exitCode = PinpipeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return run(Optional.empty(), args);
    }
}
