package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code pinpipe topics add-partitions NAME --total N}. */
@Command(name = "add-partitions", mixinStandardHelpOptions = true,
        description = "Raises a topic's partition count to a new total. Keys may then map to other partitions.")
final class TopicsAddPartitionsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Option(names = "--total", required = true, paramLabel = "N", description = "The new partition count, larger than the current one.")
    int total;

    @Mixin
    ValidateOnlyOption validateOnly;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (var admin = topic.admin()) {
            admin.addPartitions(topic.name, total, validateOnly.wanted);
        }
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, TopicJson.object().put("name", topic.name).put("partitions", total)
                    .put("validateOnly", validateOnly.wanted));
        } else {
            out.println(validateOnly.wanted ? "Valid: topic " + topic.name + " can grow to " + total + " partitions"
                    : "Topic " + topic.name + " now has " + total + " partitions");
            out.flush();
        }
        return 0;
    }
}
