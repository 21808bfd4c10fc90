package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Offsets of many partitions in one ListOffsets call (the admin client sends one request per leader). A partition
 * whose leader does not answer, or whose topic is gone, is simply missing from the answer.
 * <p>
 * The log end is read as {@code kafka-consumer-groups.sh --describe} reads it (OffsetsUtils#getLogEndOffsets in
 * kafka-tools 4.3.1): {@link OffsetSpec#latest()} with a default {@link ListOffsetsOptions}, i.e. isolation level
 * READ_UNCOMMITTED, which is the high watermark, not the last stable offset.
 */
final class LogOffsets {

    private LogOffsets() {
    }

    /** The log-end offsets (high watermark), as Kafka's own tool reads them. */
    static Map<TopicPartition, Long> ends(Admin admin, GroupCalls calls, Collection<TopicPartition> partitions) {
        return offsets(read(admin, calls, partitions, OffsetSpec::latest, "read the log-end offsets"));
    }

    /** The earliest offsets still in the log. */
    static Map<TopicPartition, Long> starts(Admin admin, GroupCalls calls, Collection<TopicPartition> partitions) {
        return offsets(read(admin, calls, partitions, OffsetSpec::earliest, "read the earliest offsets"));
    }

    /** The largest timestamp of each partition, for the newest message's time; missing when the log is empty. */
    static Map<TopicPartition, Long> newestTimestamps(Admin admin, GroupCalls calls, Collection<TopicPartition> partitions) {
        var answers = read(admin, calls, partitions, OffsetSpec::maxTimestamp, "read the newest timestamps");
        var timestamps = new HashMap<TopicPartition, Long>();
        answers.forEach((partition, info) -> {
            if (info.offset() >= 0 && info.timestamp() >= 0) {
                timestamps.put(partition, info.timestamp());
            }
        });
        return timestamps;
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> read(Admin admin, GroupCalls calls,
                                                                   Collection<TopicPartition> partitions,
                                                                   Supplier<OffsetSpec> spec, String action) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        var specs = partitions.stream().distinct().collect(Collectors.toMap(Function.identity(), partition -> spec.get()));
        var result = admin.listOffsets(specs, new ListOffsetsOptions());
        var answers = new HashMap<TopicPartition, ListOffsetsResultInfo>();
        for (var partition : specs.keySet()) {
            try {
                answers.put(partition, calls.await(action + " of " + partition, result.partitionResult(partition)));
            } catch (GroupException e) {
                if (e.reason() == GroupException.Reason.INTERRUPTED || e.reason() == GroupException.Reason.TIMEOUT) {
                    throw e;
                }
                // A deleted topic or a partition without leader: its offsets stay unknown, the rest still count.
            }
        }
        return answers;
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, ListOffsetsResultInfo> answers) {
        var offsets = new HashMap<TopicPartition, Long>();
        answers.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
