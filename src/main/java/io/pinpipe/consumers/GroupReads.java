package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Reading groups: the table, one group, a topic's readers, time lag; and the two deletes. */
final class GroupReads {

    private static final TimeLag NOT_READ = TimeLag.unknown("not read yet");

    private final ClusterClient client;
    private final GroupCalls calls;
    private final TimeLagReader timeLags;
    private final GroupDeletes deletes;

    GroupReads(ClusterClient client) {
        this.client = client;
        this.calls = new GroupCalls(client.clientId(), client.where(), client.timeout());
        this.timeLags = new TimeLagReader(client, calls);
        this.deletes = new GroupDeletes(client, calls);
    }

    GroupsOverview listGroups(BooleanSupplier cancelled) {
        var counter = RoundTripCounter.start(client.admin());
        var groups = GroupsSnapshot.read(client.admin(), calls, cancelled);
        var ends = LogOffsets.ends(client.admin(), calls, GroupsSnapshot.partitions(groups));
        checkCancelled(cancelled, "reading log-end offsets");
        var rows = groups.stream()
                .map(group -> summary(group, PartitionLags.of(group.description(), group.offsets().offsets(), ends,
                        Map.of(), partition -> true), NOT_READ))
                .toList();
        return new GroupsOverview(rows, Instant.now(), counter.sent());
    }

    Map<String, TimeLag> timeLags(Collection<String> groupIds, BooleanSupplier cancelled) {
        return timeLags.read(groupIds, cancelled);
    }

    GroupDetail describe(String groupId) {
        var admin = client.admin();
        var group = OneGroup.read(admin, calls, groupId);
        var partitions = new ArrayList<TopicPartition>(group.committed().keySet());
        group.description().members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
        var ends = LogOffsets.ends(admin, calls, partitions);
        var starts = LogOffsets.starts(admin, calls, partitions);
        var rows = PartitionLags.of(Optional.of(group.description()), group.committed(), ends, starts, partition -> true);
        var timeLag = timeLags.read(Map.of(groupId, new CommittedOffsets.Outcome(group.committed(), Optional.empty())),
                () -> false).get(groupId);
        var description = group.description();
        var kind = description.type() == GroupType.CONSUMER ? GroupKind.CONSUMER : GroupKind.CLASSIC;
        var summary = new GroupSummary(groupId, kind, protocol(description.partitionAssignor(), ""),
                description.groupState().toString(), description.members().size(),
                ConsumerDescriptions.coordinator(description), PartitionLags.topics(rows), PartitionLags.total(rows),
                timeLag, internal(groupId), Optional.empty());
        var members = description.members().stream().map(ConsumerDescriptions::member)
                .sorted(Comparator.comparing(GroupMember::clientId).thenComparing(GroupMember::memberId))
                .toList();
        return new GroupDetail(summary, members, rows, PartitionLags.perTopic(rows), Instant.now());
    }

    List<TopicReader> readersOf(String topic, BooleanSupplier cancelled) {
        var groups = GroupsSnapshot.read(client.admin(), calls, cancelled);
        Predicate<TopicPartition> onTopic = partition -> partition.topic().equals(topic);
        var partitions = GroupsSnapshot.partitions(groups).stream().filter(onTopic).toList();
        var ends = LogOffsets.ends(client.admin(), calls, partitions);
        checkCancelled(cancelled, "reading log-end offsets");
        var readers = new ArrayList<TopicReader>();
        for (var group : groups) {
            var rows = PartitionLags.of(group.description(), group.offsets().offsets(), ends, Map.of(), onTopic);
            if (!rows.isEmpty()) {
                var summary = summary(group, rows, NOT_READ);
                readers.add(new TopicReader(group.groupId(), summary.state(), summary.members(),
                        PartitionLags.total(rows), rows.size()));
            }
        }
        return readers;
    }

    void deleteGroup(String groupId) {
        deletes.deleteGroup(groupId);
    }

    void deleteOffsets(String groupId, String topic) {
        deletes.deleteOffsets(groupId, topic);
    }

    static void checkCancelled(BooleanSupplier cancelled, String during) {
        if (cancelled.getAsBoolean()) {
            throw new GroupException(Reason.CANCELLED, "Cancelled while " + during);
        }
    }

    private static GroupSummary summary(GroupsSnapshot.Group group, List<PartitionLag> rows, TimeLag timeLag) {
        var listing = group.listing();
        var listedProtocol = listing.protocol() == null ? "" : listing.protocol();
        var listedState = listing.groupState().map(Object::toString).orElse("Unknown");
        var shape = group.description()
                .map(found -> new OtherGroupDescriptions.Shape(found.groupState().toString(), found.members().size(),
                        ConsumerDescriptions.coordinator(found), Optional.of(found.partitionAssignor())))
                .or(group::other)
                .orElse(new OtherGroupDescriptions.Shape(listedState, 0, Optional.empty(), Optional.empty()));
        return new GroupSummary(group.groupId(), group.kind(), protocol(shape.protocol().orElse(""), listedProtocol),
                shape.state(), shape.members(), shape.coordinator(), PartitionLags.topics(rows),
                PartitionLags.total(rows), timeLag, internal(group.groupId()), group.error());
    }

    private static String protocol(String assignor, String fallback) {
        return assignor == null || assignor.isEmpty() ? (fallback == null ? "" : fallback) : assignor;
    }

    private static boolean internal(String groupId) {
        return groupId.startsWith("_");
    }
}
