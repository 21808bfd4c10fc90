package io.pinpipe.cli;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code pinpipe groups lag [GROUP]}: how far behind each group is, in messages and in time. */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = "Shows how far behind the groups are, in messages and in time (from the timestamp of the next "
                + "message each will consume); with GROUP, its lag per topic.")
final class GroupsLagCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GROUP", arity = "0..1", description = "One group; every group when left out.")
    String groupId;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    InternalOption internal;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        try (var groups = cluster.groups()) {
            return groupId == null ? everyGroup(groups) : oneGroup(groups);
        }
    }

    private int everyGroup(GroupAdmin groups) {
        var listed = groups.listGroups(() -> false).groups().stream()
                .filter(group -> internal.wanted || !group.internal()).toList();
        var timeLags = groups.timeLags(listed.stream().map(GroupSummary::groupId).toList(), () -> false);
        var rows = listed.stream()
                .map(group -> group.withTimeLag(timeLags.getOrDefault(group.groupId(), group.timeLag()))).toList();
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, GroupJson.lags(rows));
            return 0;
        }
        var table = new TextTable("GROUP", "STATE", "LAG", "TIME-LAG");
        rows.forEach(group -> table.row(group.groupId(), group.state(),
                GroupText.total(group.totalLag(), group.partitionsPastEnd()), GroupText.timeLag(group.timeLag())));
        table.print(out);
        GroupText.pastEndNote(out, rows.stream().anyMatch(group -> group.partitionsPastEnd() > 0));
        return 0;
    }

    private int oneGroup(GroupAdmin groups) {
        var detail = groups.describe(groupId);
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, GroupJson.detail(detail));
            return 0;
        }
        var summary = detail.summary();
        out.println("Group " + summary.groupId() + " lag: "
                + GroupText.lagWords(summary.totalLag(), summary.partitionsPastEnd(), summary.timeLag()));
        var table = new TextTable("TOPIC", "PARTITIONS", "LAG");
        detail.topics().forEach(topic -> table.row(topic.topic(), topic.partitions(),
                GroupText.total(topic.lag(), topic.partitionsPastEnd())));
        table.print(out);
        GroupText.pastEndNote(out, summary.partitionsPastEnd() > 0);
        return 0;
    }
}
