package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.stream.Collectors;

/** Deleting a group, or a group's committed offsets on one topic; both refused while members read. */
final class GroupDeletes {

    private final ClusterClient client;
    private final GroupCalls calls;

    GroupDeletes(ClusterClient client, GroupCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    void deleteGroup(String groupId) {
        var admin = client.admin();
        var group = OneGroup.read(admin, calls, groupId);
        if (group.active()) {
            throw new GroupException(Reason.ACTIVE, "Cannot delete group '" + groupId + "' at " + calls.where() + ": "
                    + group.membersSentence() + "; stop its consumers first");
        }
        calls.await("delete group '" + groupId + "'", admin.deleteConsumerGroups(List.of(groupId)).all());
    }

    void deleteOffsets(String groupId, String topic) {
        var admin = client.admin();
        var action = "delete the offsets of group '" + groupId + "' on topic '" + topic + "'";
        var description = calls.await(action,
                admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        var group = OneGroup.read(admin, calls, groupId);
        var readers = group.description().members().stream()
                .filter(member -> member.assignment().topicPartitions().stream().anyMatch(p -> p.topic().equals(topic)))
                .toList();
        if (!readers.isEmpty()) {
            throw new GroupException(Reason.ACTIVE, "Cannot " + action + " at " + calls.where() + ": "
                    + (readers.size() == 1 ? "a member reads it: " : readers.size() + " members read it: ")
                    + ConsumerDescriptions.named(readers) + "; stop them first");
        }
        var partitions = description.partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .collect(Collectors.toSet());
        calls.await(action, admin.deleteConsumerGroupOffsets(groupId, partitions).all());
    }
}
