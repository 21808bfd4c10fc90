package io.pinpipe.cli;

import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.GroupsOverview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code pinpipe groups list}: one line per group with its state, members, topics and total lag. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the consumer groups with type, state, members, topics and total lag.")
final class GroupsListCommand implements Callable<Integer> {

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
        GroupsOverview overview;
        try (var groups = cluster.groups()) {
            overview = groups.listGroups(() -> false);
        }
        var shown = overview.groups().stream()
                .filter(group -> internal.wanted || !group.internal())
                .filter(group -> filter.matches(group.groupId()))
                .toList();
        var out = spec.commandLine().getOut();
        if (json.wanted) {
            TopicJson.print(out, GroupJson.groups(shown, overview.roundTrips()));
            return 0;
        }
        var table = new TextTable("GROUP", "TYPE", "STATE", "MEMBERS", "TOPICS", "LAG", "NOTE");
        for (var group : shown) {
            table.row(group.groupId(), type(group), group.state(), group.members(), group.topics().size(),
                    GroupText.total(group.totalLag(), group.partitionsPastEnd()),
                    group.error().orElse(group.internal() ? "internal" : ""));
        }
        table.print(out);
        GroupText.pastEndNote(out, shown.stream().anyMatch(group -> group.partitionsPastEnd() > 0));
        return 0;
    }

    /** "classic (range)", "consumer (uniform)", "connect". */
    static String type(GroupSummary group) {
        var protocol = group.protocol();
        return protocol.isEmpty() || protocol.equals(group.kind().label())
                ? group.kind().label() : group.kind().label() + " (" + protocol + ")";
    }
}
