package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a group exists and may be reset: Kafka's tool resets only a group that is Empty (or Dead, i.e. unknown to
 * the coordinator); any other state, or any member, means consumers are reading and the reset is refused. A Streams
 * or share group is refused first, by its type: the consumer-group reset is not the way to move either.
 */
final class ActiveGroupCheck {

    private final Admin admin;
    private final GroupCalls calls;

    ActiveGroupCheck(Admin admin, GroupCalls calls) {
        this.admin = admin;
        this.calls = calls;
    }

    /** The group as its coordinator describes it; empty when the coordinator does not know it. */
    Optional<ConsumerGroupDescription> describe(String groupId) {
        var action = "describe group '" + groupId + "'";
        try {
            var description = calls.await(action, admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId));
            return description.groupState() == GroupState.DEAD ? Optional.empty() : Optional.of(description);
        } catch (GroupException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Refuses a Streams or share group with a sentence saying what to use instead; a broker too old to list groups by
     * type has neither kind, so nothing is refused there.
     */
    void refuseOtherTypes(String groupId) {
        List<GroupListing> listings;
        try {
            listings = List.copyOf(calls.await("list the Streams and share groups", admin.listGroups(
                    new ListGroupsOptions().withTypes(Set.of(GroupType.STREAMS, GroupType.SHARE))).all()));
        } catch (GroupException e) {
            if (e.getCause() instanceof UnsupportedVersionException) {
                return;
            }
            throw e;
        }
        listings.stream().filter(listing -> listing.groupId().equals(groupId)).findFirst()
                .flatMap(GroupListing::type)
                .ifPresent(type -> {
                    if (type == GroupType.STREAMS) {
                        throw new GroupException(Reason.INVALID_REQUEST, "Group '" + groupId + "' is a Streams group:"
                                + " reset its offsets with Kafka's kafka-streams-groups.sh --reset-offsets while the"
                                + " application is stopped");
                    }
                    if (type == GroupType.SHARE) {
                        throw new GroupException(Reason.INVALID_REQUEST, "Group '" + groupId + "' is a share group:"
                                + " it has no committed offsets to reset (its start offsets are set with Kafka's"
                                + " kafka-share-groups.sh --reset-offsets)");
                    }
                });
    }

    /** Throws {@link Reason#ACTIVE}, naming the members, unless the group is inactive. */
    void refuseIfActive(String groupId, Optional<ConsumerGroupDescription> description) {
        description.filter(ActiveGroupCheck::active).ifPresent(group -> {
            throw new GroupException(Reason.ACTIVE, activeSentence(groupId, group));
        });
    }

    /** Describes the group again now and refuses it if it is active. */
    void refuseIfActive(String groupId) {
        refuseIfActive(groupId, describe(groupId));
    }

    private static boolean active(ConsumerGroupDescription group) {
        return group.groupState() != GroupState.EMPTY || !group.members().isEmpty();
    }

    private static String activeSentence(String groupId, ConsumerGroupDescription group) {
        var members = group.members();
        if (members.isEmpty()) {
            return "Group '" + groupId + "' is " + group.groupState() + ", not Empty: its offsets can only be reset "
                    + "when no consumer is in it; wait for the rebalance to end or stop its consumers";
        }
        var names = members.stream().map(ActiveGroupCheck::name).sorted().collect(Collectors.joining(", "));
        return "Group '" + groupId + "' is active (" + group.groupState() + ") with " + members.size()
                + (members.size() == 1 ? " member: " : " members: ") + names
                + "; stop these consumers before resetting its offsets";
    }

    private static String name(MemberDescription member) {
        return member.clientId() + " on " + member.host();
    }
}
