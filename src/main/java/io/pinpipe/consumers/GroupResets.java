package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * Offset resets: planned (the preview) and executed, matching {@code kafka-consumer-groups.sh --reset-offsets}.
 * Planning reads only; executing checks again that the group is inactive, then commits the plan's offsets.
 */
final class GroupResets {

    static final Comparator<TopicPartition> BY_TOPIC_AND_PARTITION =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private final ClusterClient client;
    private final GroupCalls calls;
    private final ActiveGroupCheck activeCheck;
    private final OffsetLookup lookup;
    private final ResetPlanner planner;

    GroupResets(ClusterClient client) {
        this(client, Clock.systemUTC());
    }

    GroupResets(ClusterClient client, Clock clock) {
        this.client = client;
        this.calls = new GroupCalls(client.clientId(), client.where(), client.timeout());
        this.activeCheck = new ActiveGroupCheck(client.admin(), calls);
        this.lookup = new OffsetLookup(client.admin(), calls);
        this.planner = new ResetPlanner(lookup, new PartitionCatalog(client.admin(), calls), clock);
    }

    ResetPlan plan(String groupId, ResetScope scope, ResetTarget target) {
        planner.validate(target);
        activeCheck.refuseOtherTypes(groupId);
        var description = activeCheck.describe(groupId);
        var committed = lookup.committed(groupId);
        if (description.isEmpty() && committed.isEmpty()) {
            throw new GroupException(Reason.NOT_FOUND, "Group '" + groupId + "' does not exist at " + client.where()
                    + ": it has no members and no committed offsets");
        }
        activeCheck.refuseIfActive(groupId, description);
        var planned = planner.plan(groupId, committed, scope, target);
        // The bootstrap itself: the client's name for messages may be a connection's name ("Local sandbox (...)").
        var properties = client.properties();
        var bootstrap = properties.getProperty("bootstrap.servers", client.where());
        var commandLine = ResetCommandLine.of(bootstrap, properties, groupId, scope, target);
        return new ResetPlan(groupId, target, planned.rows(), planned.warnings(), commandLine);
    }

    int execute(ResetPlan plan) {
        activeCheck.refuseIfActive(plan.groupId());
        var offsets = new LinkedHashMap<TopicPartition, OffsetAndMetadata>();
        plan.rows().forEach(row -> offsets.put(new TopicPartition(row.topic(), row.partition()),
                new OffsetAndMetadata(row.target())));
        calls.await("reset the offsets of group '" + plan.groupId() + "'",
                client.admin().alterConsumerGroupOffsets(plan.groupId(), offsets).all());
        return offsets.size();
    }
}
