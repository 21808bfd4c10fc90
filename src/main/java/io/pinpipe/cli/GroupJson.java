package io.pinpipe.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pinpipe.consumers.GroupDetail;
import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.ResetPlan;
import io.pinpipe.consumers.TimeLag;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code --json} output of {@code pinpipe groups}: field names written out here, so renaming a Java record never
 * breaks a script. Missing values are JSON null; lag in time is in milliseconds.
 */
final class GroupJson {

    private GroupJson() {
    }

    static ObjectNode groups(List<GroupSummary> groups, int roundTrips) {
        var root = TopicJson.object();
        var array = root.putArray("groups");
        groups.forEach(group -> summary(array.addObject(), group));
        root.put("requests", roundTrips);
        return root;
    }

    static ObjectNode lags(List<GroupSummary> groups) {
        var root = TopicJson.object();
        var array = root.putArray("groups");
        groups.forEach(group -> {
            var node = array.addObject().put("group", group.groupId()).put("state", group.state());
            put(node, "lag", group.totalLag());
            node.put("partitionsPastEnd", group.partitionsPastEnd());
            timeLag(node, group.timeLag());
        });
        return root;
    }

    static ObjectNode detail(GroupDetail detail) {
        var root = TopicJson.object();
        summary(root, detail.summary());
        var members = root.putArray("members");
        detail.members().forEach(member -> {
            var node = members.addObject().put("memberId", member.memberId())
                    .put("clientId", member.clientId()).put("host", member.host());
            node.put("instanceId", member.instanceId().orElse(null));
            member.assignment().forEach(node.withArray("assignment")::add);
        });
        var partitions = root.putArray("partitions");
        detail.partitions().forEach(partition -> partition(partitions.addObject(), partition));
        var topics = root.putArray("topicLags");
        detail.topics().forEach(topic -> put(topics.addObject().put("topic", topic.topic())
                .put("partitions", topic.partitions()).put("partitionsPastEnd", topic.partitionsPastEnd()), "lag",
                topic.lag()));
        return root;
    }

    static ObjectNode plan(ResetPlan plan, String commandLine, boolean executed, int applied) {
        var root = TopicJson.object().put("group", plan.groupId()).put("executed", executed).put("applied", applied);
        var rows = root.putArray("partitions");
        plan.rows().forEach(row -> {
            var node = rows.addObject().put("topic", row.topic()).put("partition", row.partition());
            put(node, "currentOffset", row.current());
            node.put("newOffset", row.target()).put("clamped", row.clamped());
            put(node, "change", row.change());
        });
        plan.warnings().forEach(root.putArray("warnings")::add);
        root.put("commandLine", commandLine);
        return root;
    }

    private static void summary(ObjectNode node, GroupSummary group) {
        node.put("group", group.groupId()).put("type", group.kind().label()).put("protocol", group.protocol())
                .put("state", group.state()).put("members", group.members())
                .put("coordinator", group.coordinator().orElse(null)).put("internal", group.internal());
        group.topics().forEach(node.putArray("topics")::add);
        put(node, "lag", group.totalLag());
        node.put("partitionsPastEnd", group.partitionsPastEnd());
        timeLag(node, group.timeLag());
        node.put("error", group.error().orElse(null));
    }

    private static void partition(ObjectNode node, PartitionLag partition) {
        node.put("topic", partition.topic()).put("partition", partition.partition());
        put(node, "currentOffset", partition.committed());
        put(node, "logEndOffset", partition.logEnd());
        put(node, "logStartOffset", partition.logStart());
        put(node, "lag", partition.lag());
        node.put("pastEnd", partition.pastEnd()).put("metadata", partition.metadata());
        text(node, "memberId", partition.memberId());
        text(node, "clientId", partition.clientId());
        text(node, "host", partition.host());
    }

    private static void timeLag(ObjectNode node, TimeLag lag) {
        if (lag.known()) {
            node.put("timeLagMs", lag.behind().orElseThrow().toMillis());
        } else {
            node.putNull("timeLagMs");
            node.put("timeLagUnknown", lag.why());
        }
    }

    private static void put(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }

    private static void text(ObjectNode node, String field, Optional<String> value) {
        node.put(field, value.orElse(null));
    }
}
