package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consumer-group descriptions, many groups in one call (the admin client batches them per coordinator); a group
 * that fails to describe keeps its error and the others still load. Also the small conversions of a description
 * into Pinpipe's words.
 */
final class ConsumerDescriptions {

    /** One group's description, or why it could not be read. */
    record Outcome(Optional<ConsumerGroupDescription> description, Optional<GroupException> error) {
    }

    static final Comparator<TopicPartition> BY_TOPIC_AND_NUMBER =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    private ConsumerDescriptions() {
    }

    static Map<String, Outcome> read(Admin admin, GroupCalls calls, Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        var ids = groupIds.stream().distinct().toList();
        var futures = admin.describeConsumerGroups(ids).describedGroups();
        var outcomes = new LinkedHashMap<String, Outcome>();
        for (var groupId : ids) {
            try {
                var description = calls.await("describe group '" + groupId + "'", futures.get(groupId));
                outcomes.put(groupId, new Outcome(Optional.of(description), Optional.empty()));
            } catch (GroupException e) {
                if (e.reason() == GroupException.Reason.INTERRUPTED) {
                    throw e;
                }
                outcomes.put(groupId, new Outcome(Optional.empty(), Optional.of(e)));
            }
        }
        return outcomes;
    }

    /** "host:port (broker N)", empty when the coordinator is unknown. */
    static Optional<String> coordinator(ConsumerGroupDescription description) {
        return OtherGroupDescriptions.coordinator(description.coordinator());
    }

    static List<TopicPartition> assignment(MemberDescription member) {
        return member.assignment().topicPartitions().stream().sorted(BY_TOPIC_AND_NUMBER).toList();
    }

    static GroupMember member(MemberDescription member) {
        var partitions = assignment(member).stream().map(TopicPartition::toString).toList();
        return new GroupMember(member.consumerId(), member.groupInstanceId(), member.clientId(), member.host(), partitions);
    }

    /** Members named for a refusal: "consumer-1 on /127.0.0.1, consumer-2 on /10.0.0.2". */
    static String named(Collection<MemberDescription> members) {
        return String.join(", ", members.stream().map(member -> member.clientId() + " on " + member.host()).toList());
    }
}
