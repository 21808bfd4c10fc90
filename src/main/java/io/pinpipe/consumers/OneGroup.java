package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;

/**
 * One group as describe and the deletes need it: its description and committed offsets, or NOT_FOUND. The broker
 * answers a describe of an unknown id with a Dead group rather than an error: Dead with no members and no committed
 * offsets is taken as "no such group".
 */
record OneGroup(String groupId, ConsumerGroupDescription description, Map<TopicPartition, OffsetAndMetadata> committed) {

    static OneGroup read(Admin admin, GroupCalls calls, String groupId) {
        ConsumerGroupDescription description;
        try {
            description = calls.await("describe group '" + groupId + "'",
                    admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId));
        } catch (GroupException e) {
            throw e.reason() == Reason.NOT_FOUND ? notFound(groupId, calls) : e;
        }
        var outcome = CommittedOffsets.read(admin, calls, List.of(groupId)).get(groupId);
        if (outcome.error().isPresent()) {
            var error = outcome.error().get();
            throw error.reason() == Reason.NOT_FOUND ? notFound(groupId, calls) : error;
        }
        var group = new OneGroup(groupId, description, outcome.offsets());
        if (group.dead() && description.members().isEmpty() && outcome.offsets().isEmpty()) {
            throw notFound(groupId, calls);
        }
        return group;
    }

    static GroupException notFound(String groupId, GroupCalls calls) {
        return new GroupException(Reason.NOT_FOUND, "There is no group '" + groupId + "' at " + calls.where());
    }

    boolean dead() {
        return description.groupState() == GroupState.DEAD;
    }

    boolean active() {
        return !description.members().isEmpty();
    }

    /** "it has 2 members: consumer-1 on /127.0.0.1, consumer-2 on /127.0.0.1". */
    String membersSentence() {
        var members = description.members();
        return "it has " + members.size() + (members.size() == 1 ? " member: " : " members: ")
                + ConsumerDescriptions.named(members);
    }
}
