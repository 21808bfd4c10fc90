package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code pinpipe topics add-partitions NAME --total N}. */
@Command(name = "add-partitions", mixinStandardHelpOptions = true,
        description = "Raises a topic's partition count to a new total. Keys may then map to other partitions.")
final class TopicsAddPartitionsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    AdminTimeout timeout;

    @Parameters(paramLabel = "NAME", description = "The topic.")
    String name;

    @Option(names = "--total", required = true, paramLabel = "N", description = "The new partition count, larger than the current one.")
    int total;

    @Option(names = "--validate-only", description = "Ask the broker without changing anything.")
    boolean validateOnly;

    @Option(names = "--json", description = "Print JSON for another program to read.")
    boolean json;

    @Override
    public Integer call() {
        try (var admin = TopicsCommand.admin(connection, timeout)) {
            admin.addPartitions(name, total, validateOnly);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            TopicJson.print(out, TopicJson.object().put("name", name).put("partitions", total).put("validateOnly", validateOnly));
        } else {
            out.println(validateOnly ? "Valid: topic " + name + " can grow to " + total + " partitions"
                    : "Topic " + name + " now has " + total + " partitions");
            out.flush();
        }
        return 0;
    }
}
