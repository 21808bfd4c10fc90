package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Groups that are not consumer groups (Connect workers, Streams applications, share groups), described with their
 * own batched call, one per kind present, for the columns of the groups table: state, members, coordinator.
 */
final class OtherGroupDescriptions {

    /** What the table shows of a group: the broker's state word, its member count, coordinator and protocol. */
    record Shape(String state, int members, Optional<String> coordinator, Optional<String> protocol) {
    }

    private OtherGroupDescriptions() {
    }

    /** @return group id to its shape; a group that fails to describe is missing (the listing's words stand) */
    static Map<String, Shape> read(Admin admin, GroupCalls calls, Map<String, GroupKind> kinds) {
        var shapes = new HashMap<String, Shape>();
        var connect = ids(kinds, GroupKind.CONNECT);
        if (!connect.isEmpty()) {
            collect(calls, admin.describeClassicGroups(connect).describedGroups(), group -> new Shape(
                    group.state().toString(), group.members().size(), coordinator(group.coordinator()),
                    Optional.ofNullable(group.protocol())), shapes);
        }
        var streams = ids(kinds, GroupKind.STREAMS);
        if (!streams.isEmpty()) {
            collect(calls, admin.describeStreamsGroups(streams).describedGroups(), group -> new Shape(
                    group.groupState().toString(), group.members().size(), coordinator(group.coordinator()),
                    Optional.empty()), shapes);
        }
        var share = ids(kinds, GroupKind.SHARE);
        if (!share.isEmpty()) {
            collect(calls, admin.describeShareGroups(share).describedGroups(), group -> new Shape(
                    group.groupState().toString(), group.members().size(), coordinator(group.coordinator()),
                    Optional.empty()), shapes);
        }
        return shapes;
    }

    static Optional<String> coordinator(Node node) {
        if (node == null || node.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(node.host() + ":" + node.port() + " (broker " + node.id() + ")");
    }

    private static Collection<String> ids(Map<String, GroupKind> kinds, GroupKind kind) {
        return kinds.entrySet().stream().filter(entry -> entry.getValue() == kind).map(Map.Entry::getKey).toList();
    }

    private static <T> void collect(GroupCalls calls, Map<String, KafkaFuture<T>> futures, Function<T, Shape> shape,
                                    Map<String, Shape> shapes) {
        futures.forEach((groupId, future) -> {
            try {
                shapes.put(groupId, shape.apply(calls.await("describe group '" + groupId + "'", future)));
            } catch (GroupException e) {
                if (e.reason() == GroupException.Reason.INTERRUPTED) {
                    throw e;
                }
                // The listing's state stands for this one; the consumer groups are what the table is for.
            }
        });
    }
}
