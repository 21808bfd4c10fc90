package io.pinpipe.cli;

import io.pinpipe.topics.ListedTopics;
import io.pinpipe.topics.TopicSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code pinpipe topics list}: one line per topic, or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the topics with partitions, replication factor and under-replicated partitions.")
final class TopicsListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    InternalOption internal;

    @Mixin
    NameFilter filter;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ListedTopics listing;
        try (var admin = cluster.admin()) {
            listing = admin.listTopics(internal.wanted, (batch, described, total) -> {
                if (described < total) {
                    err.printf(Locale.ROOT, "Described %,d of %,d topics%n", described, total);
                    err.flush();
                }
            }, () -> false);
        }
        var topics = listing.topics().stream().filter(topic -> filter.matches(topic.name())).toList();
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, TopicJson.topics(topics, listing.total(), listing.complete()));
            return 0;
        }
        var table = new TextTable("NAME", "PARTITIONS", "REPLICATION", "UNDER-REPLICATED", "NOTE");
        for (var topic : topics) {
            table.row(topic.name(), number(topic, topic.partitions()), number(topic, topic.replicationFactor()),
                    number(topic, topic.underReplicatedPartitions()),
                    topic.error().orElse(topic.internal() ? "internal" : ""));
        }
        table.print(out);
        return 0;
    }

    private static String number(TopicSummary topic, int value) {
        return topic.failed() ? "-" : Integer.toString(value);
    }
}
