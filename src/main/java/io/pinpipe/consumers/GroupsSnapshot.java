package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.common.TopicPartition;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Every group of the cluster as one refresh reads it, in a fixed number of round trips: one ListGroups, one batched
 * describe of the consumer groups (and one per other kind present: Connect, Streams, share), one batched fetch of every group's committed offsets. End offsets are read by the
 * caller, for the partitions it needs.
 */
final class GroupsSnapshot {

    /** One listed group with what the batched calls said about it. */
    record Group(GroupListing listing, GroupKind kind, ConsumerDescriptions.Outcome described,
                 Optional<OtherGroupDescriptions.Shape> other, CommittedOffsets.Outcome offsets) {

        String groupId() {
            return listing.groupId();
        }

        Optional<ConsumerGroupDescription> description() {
            return described.description();
        }

        /** The partitions its members are assigned and those it committed offsets on. */
        Set<TopicPartition> partitions() {
            var partitions = new HashSet<>(offsets.offsets().keySet());
            description().ifPresent(group -> group.members()
                    .forEach(member -> partitions.addAll(member.assignment().topicPartitions())));
            return partitions;
        }

        /** Why part of the row could not be read, empty when complete. */
        Optional<String> error() {
            return described.error().or(offsets::error).map(Throwable::getMessage);
        }
    }

    private GroupsSnapshot() {
    }

    static List<Group> read(Admin admin, GroupCalls calls, BooleanSupplier cancelled) {
        var listings = calls.await("list groups", admin.listGroups(new ListGroupsOptions()).all());
        GroupReads.checkCancelled(cancelled, "listing groups");
        var kinds = listings.stream().collect(Collectors.toMap(GroupListing::groupId, GroupKinds::of,
                (first, second) -> first));
        var toDescribe = listings.stream().map(GroupListing::groupId)
                .filter(id -> GroupKinds.describedAsConsumers(kinds.get(id))).toList();
        var descriptions = ConsumerDescriptions.read(admin, calls, toDescribe);
        var others = OtherGroupDescriptions.read(admin, calls, kinds);
        GroupReads.checkCancelled(cancelled, "describing groups");
        var withOffsets = listings.stream().map(GroupListing::groupId)
                .filter(id -> GroupKinds.commitsOffsets(kinds.get(id))).toList();
        var offsets = CommittedOffsets.read(admin, calls, withOffsets);
        GroupReads.checkCancelled(cancelled, "reading committed offsets");
        var notDescribed = new ConsumerDescriptions.Outcome(Optional.empty(), Optional.empty());
        return listings.stream()
                .sorted(Comparator.comparing(GroupListing::groupId))
                .map(listing -> new Group(listing, kinds.get(listing.groupId()),
                        descriptions.getOrDefault(listing.groupId(), notDescribed),
                        Optional.ofNullable(others.get(listing.groupId())),
                        offsets.getOrDefault(listing.groupId(), CommittedOffsets.Outcome.NONE)))
                .toList();
    }

    /** Every partition any of the groups reads. */
    static Set<TopicPartition> partitions(List<Group> groups) {
        var partitions = new HashSet<TopicPartition>();
        groups.forEach(group -> partitions.addAll(group.partitions()));
        return partitions;
    }
}
