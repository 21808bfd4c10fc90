package io.pinpipe.cli;

import io.pinpipe.topics.PartitionDetail;
import io.pinpipe.topics.TopicConfigValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code pinpipe topics describe NAME}: partitions with offsets, then the configs set on the topic. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Shows a topic's partitions (leader, replicas, in-sync replicas, offsets) and its configs.")
final class TopicsDescribeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Option(names = "--all-configs", description = "Show every config, not only those set on the topic.")
    boolean allConfigs;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (var admin = topic.admin()) {
            var detail = admin.describe(topic.name);
            var out = spec.commandLine().getOut();
            if (json.wanted) {
                TopicJson.print(out, TopicJson.detail(detail));
                return 0;
            }
            var count = detail.partitions().size();
            out.printf("Topic %s (id %s)%s: %d %s, replication factor %d, %d under-replicated%n%n",
                    detail.name(), detail.id(), detail.internal() ? ", internal" : "", count,
                    count == 1 ? "partition" : "partitions", detail.replicationFactor(), detail.underReplicatedPartitions());
            var partitions = new TextTable("PARTITION", "LEADER", "REPLICAS", "ISR", "EARLIEST", "LATEST", "NOTE");
            for (var partition : detail.partitions()) {
                partitions.row(partition.partition(), text(partition.leader()), ids(partition.replicas()),
                        ids(partition.isr()), text(partition.earliestOffset()), text(partition.latestOffset()),
                        note(partition));
            }
            partitions.print(out);
            out.println();
            var shown = detail.configs().stream().filter(config -> allConfigs || config.overridden()).toList();
            if (shown.isEmpty()) {
                out.println("No configs set on the topic: every value is the broker's default (--all-configs shows them).");
            } else {
                var configs = new TextTable("CONFIG", "VALUE", "SOURCE");
                shown.forEach(config -> configs.row(config.name(), value(config), config.source().label()));
                configs.print(out);
            }
            out.flush();
            return 0;
        }
    }

    private static String note(PartitionDetail partition) {
        if (partition.leader().isEmpty()) {
            return "OFFLINE";
        }
        return partition.underReplicated() ? "UNDER-REPLICATED" : "";
    }

    private static String value(TopicConfigValue config) {
        return config.value().orElse(config.sensitive() ? "(hidden)" : "(none)");
    }

    private static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "-";
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }
}
