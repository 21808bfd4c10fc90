package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A group's partitions with their lag: the union of the partitions its members are assigned and those it has
 * committed offsets on, as {@code kafka-consumer-groups.sh --describe} lists them. Lag is never negative: a committed
 * offset beyond the log's end is marked {@code pastEnd} and counts as no lag in the sums.
 */
final class PartitionLags {

    private PartitionLags() {
    }

    /** The partitions of one group (only those {@code wanted} keeps), sorted by topic and number. */
    static List<PartitionLag> of(Optional<ConsumerGroupDescription> description,
                                 Map<TopicPartition, OffsetAndMetadata> committed,
                                 Map<TopicPartition, Long> ends, Map<TopicPartition, Long> starts,
                                 Predicate<TopicPartition> wanted) {
        var owners = new HashMap<TopicPartition, MemberDescription>();
        description.ifPresent(group -> group.members().forEach(member ->
                member.assignment().topicPartitions().forEach(partition -> owners.put(partition, member))));
        var partitions = new TreeSet<>(ConsumerDescriptions.BY_TOPIC_AND_NUMBER);
        partitions.addAll(owners.keySet());
        partitions.addAll(committed.keySet());
        var rows = new ArrayList<PartitionLag>();
        for (var partition : partitions) {
            if (wanted.test(partition)) {
                rows.add(row(partition, committed.get(partition), ends.get(partition), starts.get(partition),
                        Optional.ofNullable(owners.get(partition))));
            }
        }
        return rows;
    }

    private static PartitionLag row(TopicPartition partition, OffsetAndMetadata commit, Long end, Long start,
                                    Optional<MemberDescription> owner) {
        var committed = commit == null ? OptionalLong.empty() : OptionalLong.of(commit.offset());
        var pastEnd = commit != null && end != null && commit.offset() > end;
        var lag = commit != null && end != null && !pastEnd ? OptionalLong.of(end - commit.offset()) : OptionalLong.empty();
        return new PartitionLag(partition.topic(), partition.partition(), committed, optional(end), optional(start),
                lag, pastEnd, commit == null || commit.metadata() == null ? "" : commit.metadata(),
                owner.map(MemberDescription::consumerId), owner.map(MemberDescription::clientId),
                owner.map(MemberDescription::host));
    }

    /** The sum of the known lags, a committed offset past the end counting as none; empty when nothing is known. */
    static OptionalLong total(List<PartitionLag> rows) {
        var known = false;
        var sum = 0L;
        for (var row : rows) {
            if (row.lag().isPresent()) {
                sum += row.lag().getAsLong();
                known = true;
            } else if (row.pastEnd()) {
                known = true;
            }
        }
        return known ? OptionalLong.of(sum) : OptionalLong.empty();
    }

    /** The lag per topic, sorted by topic. */
    static List<TopicLag> perTopic(List<PartitionLag> rows) {
        var byTopic = new TreeMap<String, List<PartitionLag>>();
        rows.forEach(row -> byTopic.computeIfAbsent(row.topic(), topic -> new ArrayList<>()).add(row));
        return byTopic.entrySet().stream()
                .map(entry -> new TopicLag(entry.getKey(), entry.getValue().size(), total(entry.getValue())))
                .toList();
    }

    static List<String> topics(List<PartitionLag> rows) {
        return rows.stream().map(PartitionLag::topic).distinct().sorted().toList();
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
