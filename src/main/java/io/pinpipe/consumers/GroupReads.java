package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
        var ends = LogOffsets.endsAnswer(client.admin(), calls, GroupsSnapshot.partitions(groups));
        checkCancelled(cancelled, "reading log-end offsets");
        var rows = groups.stream()
                .map(group -> summary(group, PartitionLags.of(group.description(), group.offsets().offsets(),
                        ends.offsets(), Map.of(), partition -> true), ends, NOT_READ))
                .toList();
        return new GroupsOverview(rows, Instant.now(), counter.sent());
    }

    Map<String, TimeLag> timeLags(Collection<String> groupIds, BooleanSupplier cancelled) {
        return timeLags.read(groupIds, cancelled);
    }

    GroupDetail describe(String groupId, BooleanSupplier cancelled) {
        var admin = client.admin();
        var group = OneGroup.read(admin, calls, groupId);
        checkCancelled(cancelled, "describing group '" + groupId + "'");
        var partitions = new ArrayList<TopicPartition>(group.committed().keySet());
        group.description().members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
        var ends = LogOffsets.endsAnswer(admin, calls, partitions);
        var starts = LogOffsets.starts(admin, calls, partitions);
        checkCancelled(cancelled, "reading log offsets");
        var rows = PartitionLags.of(Optional.of(group.description()), group.committed(), ends.offsets(), starts,
                partition -> true);
        var timeLag = timeLags.read(Map.of(groupId, new CommittedOffsets.Outcome(group.committed(), Optional.empty())),
                cancelled).get(groupId);
        var description = group.description();
        var kind = description.type() == GroupType.CONSUMER ? GroupKind.CONSUMER : GroupKind.CLASSIC;
        var shape = ConsumerDescriptions.shape(description);
        var summary = new GroupSummary(groupId, kind, protocol(shape.protocol().orElse(""), ""), shape.state(),
                shape.members(), shape.coordinator(), PartitionLags.topics(rows), PartitionLags.total(rows), timeLag,
                internal(groupId), ends.problem(partitions), PartitionLags.pastEnd(rows));
        return new GroupDetail(summary, ConsumerDescriptions.members(description), rows, PartitionLags.perTopic(rows),
                Instant.now());
    }

    /**
     * The group's total lag only: its committed offsets and the log ends of those partitions (2 requests). A group
     * without committed offsets is described once more, to tell a deleted group (NOT_FOUND) from one with none yet.
     */
    java.util.OptionalLong sampleLag(String groupId) {
        var admin = client.admin();
        var outcome = CommittedOffsets.read(admin, calls, List.of(groupId)).get(groupId);
        if (outcome.error().isPresent()) {
            throw outcome.error().get();
        }
        if (outcome.offsets().isEmpty()) {
            OneGroup.read(admin, calls, groupId); // NOT_FOUND when it is gone
            return java.util.OptionalLong.empty();
        }
        var ends = LogOffsets.ends(admin, calls, outcome.offsets().keySet());
        return PartitionLags.total(PartitionLags.of(Optional.empty(), outcome.offsets(), ends, Map.of(),
                partition -> true));
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
                var shape = shape(group);
                readers.add(new TopicReader(group.groupId(), shape.state(), shape.members(),
                        PartitionLags.total(rows), rows.size(), PartitionLags.pastEnd(rows)));
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

    private static GroupSummary summary(GroupsSnapshot.Group group, List<PartitionLag> rows, LogOffsets.Answer ends,
                                        TimeLag timeLag) {
        var listedProtocol = group.listing().protocol() == null ? "" : group.listing().protocol();
        var shape = shape(group);
        var problems = new ArrayList<String>();
        group.error().ifPresent(problems::add);
        ends.problem(group.partitions()).ifPresent(problems::add);
        var error = problems.isEmpty() ? Optional.<String>empty() : Optional.of(String.join("; ", problems));
        return new GroupSummary(group.groupId(), group.kind(), protocol(shape.protocol().orElse(""), listedProtocol),
                shape.state(), shape.members(), shape.coordinator(), PartitionLags.topics(rows),
                PartitionLags.total(rows), timeLag, internal(group.groupId()), error, PartitionLags.pastEnd(rows));
    }

    /** The group's state, members, coordinator and protocol: described if it could be, else the listing's words. */
    private static OtherGroupDescriptions.Shape shape(GroupsSnapshot.Group group) {
        var listedState = group.listing().groupState().map(Object::toString).orElse("Unknown");
        return group.description().map(ConsumerDescriptions::shape)
                .or(group::other)
                .orElse(new OtherGroupDescriptions.Shape(listedState, 0, Optional.empty(), Optional.empty()));
    }

    private static String protocol(String assignor, String fallback) {
        return assignor == null || assignor.isEmpty() ? (fallback == null ? "" : fallback) : assignor;
    }

    private static boolean internal(String groupId) {
        return groupId.startsWith("_");
    }
}
