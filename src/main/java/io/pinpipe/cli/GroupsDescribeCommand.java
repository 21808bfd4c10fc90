package io.pinpipe.cli;

import io.pinpipe.consumers.GroupDetail;
import io.pinpipe.consumers.PartitionLag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
        out.println("Lag: " + GroupText.lagWords(summary.totalLag(), summary.partitionsPastEnd(), summary.timeLag()));
        printMembers(out, detail);
        printPartitions(out, detail);
        return 0;
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
