package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which partitions topics have, so a reset names only partitions that exist. */
final class PartitionCatalog {

    private final Admin admin;
    private final GroupCalls calls;

    PartitionCatalog(Admin admin, GroupCalls calls) {
        this.admin = admin;
        this.calls = calls;
    }

    /** The partition numbers of each topic that exists; topics that do not are left out. */
    Map<String, List<Integer>> partitionsOf(Collection<String> topics) {
        var found = new TreeMap<String, List<Integer>>();
        if (topics.isEmpty()) {
            return found;
        }
        var futures = admin.describeTopics(new TreeSet<>(topics)).topicNameValues();
        futures.forEach((topic, future) -> describe(topic, future)
                .ifPresent(description -> found.put(topic, description.partitions().stream()
                        .map(TopicPartitionInfo::partition).sorted().toList())));
        return found;
    }

    /** The partitions a scope names, every one checked to exist; {@link Reason#NOT_FOUND} otherwise. */
    List<TopicPartition> resolve(ResetScope scope) {
        var known = partitionsOf(scope.topics().stream().map(ResetScope.TopicChoice::topic).toList());
        var partitions = new TreeSet<TopicPartition>(GroupResets.BY_TOPIC_AND_PARTITION);
        for (var choice : scope.topics()) {
            var existing = known.get(choice.topic());
            if (existing == null) {
                throw new GroupException(Reason.NOT_FOUND, "Topic '" + choice.topic() + "' does not exist at "
                        + calls.where());
            }
            var wanted = choice.allPartitions() ? existing : choice.partitions();
            for (var partition : wanted) {
                if (!existing.contains(partition)) {
                    throw new GroupException(Reason.NOT_FOUND, "Topic '" + choice.topic() + "' has no partition "
                            + partition + ": its partitions are " + range(existing));
                }
                partitions.add(new TopicPartition(choice.topic(), partition));
            }
        }
        return new ArrayList<>(partitions);
    }

    private Optional<TopicDescription> describe(String topic, KafkaFuture<TopicDescription> future) {
        try {
            return Optional.of(calls.await("describe topic '" + topic + "'", future));
        } catch (GroupException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String range(List<Integer> partitions) {
        return partitions.isEmpty() ? "none" : partitions.get(0) + " to " + partitions.get(partitions.size() - 1);
    }
}
