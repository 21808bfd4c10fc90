package io.pinpipe.cli;

import io.pinpipe.consumers.GroupDetail;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TimeLag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code pinpipe groups describe GROUP}: the group, its members, and every partition with its lag. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Shows a group's state, coordinator, members and, per partition, the committed offset, "
                + "log-end offset and lag (the columns of kafka-consumer-groups.sh --describe).")
final class GroupsDescribeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    GroupOnCluster group;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        GroupDetail detail;
        try (var groups = group.groups()) {
            detail = groups.describe(group.id);
        }
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, GroupJson.detail(detail));
            return 0;
        }
        var summary = detail.summary();
        out.printf("Group %s: %s, %s, %d member%s, coordinator %s%n", summary.groupId(),
                GroupsListCommand.type(summary), summary.state(), summary.members(), summary.members() == 1 ? "" : "s",
                GroupText.text(summary.coordinator()));
        out.println("Lag: " + lagWords(summary.totalLag(), summary.partitionsPastEnd(), summary.timeLag()));
        printMembers(out, detail);
        printPartitions(out, detail);
        return 0;
    }

    /**
     * "unknown", "6 messages, 3 minutes behind", "0 messages, caught up", "0 (1 partition past end) messages, ...",
     * "6 messages, time behind unknown (why)".
     */
    static String lagWords(OptionalLong messages, int partitionsPastEnd, TimeLag time) {
        if (messages.isEmpty()) {
            return "unknown";
        }
        var one = messages.getAsLong() == 1 && partitionsPastEnd == 0;
        var count = GroupText.total(messages, partitionsPastEnd) + (one ? " message, " : " messages, ");
        var behind = time.behind();
        if (behind.isEmpty()) {
            return count + "time behind " + GroupText.timeLag(time);
        }
        return count + (behind.get().isZero() ? "caught up" : GroupText.timeLag(time) + " behind");
    }

    private static void printMembers(PrintWriter out, GroupDetail detail) {
        if (detail.members().isEmpty()) {
            return;
        }
        out.println();
        var members = new TextTable("MEMBER", "CLIENT-ID", "HOST", "ASSIGNMENT");
        detail.members().forEach(member -> members.row(member.memberId(), member.clientId(), member.host(),
                member.assignment().isEmpty() ? "-" : String.join(",", member.assignment())));
        members.print(out);
    }

    private static void printPartitions(PrintWriter out, GroupDetail detail) {
        out.println();
        // The commit metadata column shows only when some commit carries metadata, as most do not.
        var withMetadata = detail.partitions().stream().anyMatch(partition -> !partition.metadata().isEmpty());
        var headers = new ArrayList<>(List.of("TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG",
                "CONSUMER-ID", "HOST", "CLIENT-ID"));
        if (withMetadata) {
            headers.add("METADATA");
        }
        var partitions = new TextTable(headers.toArray(String[]::new));
        detail.partitions().forEach(partition -> {
            var cells = new ArrayList<Object>(List.of(partition.topic(), partition.partition(),
                    GroupText.number(partition.committed()), GroupText.number(partition.logEnd()), GroupText.lag(partition),
                    GroupText.text(partition.memberId()), GroupText.text(partition.host()),
                    GroupText.text(partition.clientId())));
            if (withMetadata) {
                cells.add(partition.metadata().isEmpty() ? "-" : partition.metadata());
            }
            partitions.row(cells.toArray());
        });
        partitions.print(out);
        GroupText.pastEndNote(out, detail.partitions().stream().anyMatch(PartitionLag::pastEnd));
    }
}
