package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a group exists and may be reset: Kafka's tool resets only a group that is Empty (or Dead, i.e. unknown to
 * the coordinator); any other state, or any member, means consumers are reading and the reset is refused.
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
