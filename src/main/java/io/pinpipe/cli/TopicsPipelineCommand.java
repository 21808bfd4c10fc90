package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code pinpipe topics pipeline PREFIX}: the three topics the emulator writes to, in one step. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Creates PREFIX.pin, PREFIX.geo and PREFIX.user; those that exist are left alone.")
final class TopicsPipelineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    AdminTimeout timeout;

    @Parameters(paramLabel = "PREFIX", description = "For example the 12-hex user id of the original pipeline.")
    String prefix;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions per topic (default: the broker's).")
    Integer partitions;

    @Option(names = "--replication-factor", paramLabel = "N", description = "Replication factor (default: the broker's).")
    Integer replicationFactor;

    @Option(names = "--json", description = "Print JSON for another program to read.")
    boolean json;

    @Override
    public Integer call() {
        try (var admin = TopicsCommand.admin(connection, timeout)) {
            var result = admin.createPipelineTopics(prefix,
                    partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions),
                    replicationFactor == null ? OptionalInt.empty() : OptionalInt.of(replicationFactor));
            var out = spec.commandLine().getOut();
            if (json) {
                TopicJson.print(out, TopicJson.pipeline(prefix, result));
                return 0;
            }
            out.println("Created: " + names(result.created()));
            out.println("Already there, left alone: " + names(result.skipped()));
            out.flush();
            return 0;
        }
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
