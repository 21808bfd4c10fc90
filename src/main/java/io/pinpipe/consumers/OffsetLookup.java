package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The offsets a reset is computed from: a group's committed offsets and the log's start, end and time offsets. */
final class OffsetLookup {

    /** What the broker answers when no message is at or after the asked timestamp. */
    static final long NO_OFFSET = -1L;

    private final Admin admin;
    private final GroupCalls calls;

    OffsetLookup(Admin admin, GroupCalls calls) {
        this.admin = admin;
        this.calls = calls;
    }

    /** The group's committed offsets, only the partitions that have one. */
    Map<TopicPartition, Long> committed(String groupId) {
        var offsets = calls.await("read the committed offsets of group '" + groupId + "'",
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata());
        var committed = new HashMap<TopicPartition, Long>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, ((OffsetAndMetadata) offset).offset());
            }
        });
        return committed;
    }

    Map<TopicPartition, Long> earliest(Collection<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.earliest(), "read the log start offsets");
    }

    Map<TopicPartition, Long> latest(Collection<TopicPartition> partitions) {
        return offsets(partitions, OffsetSpec.latest(), "read the log end offsets");
    }

    /** The first offset at or after the timestamp; {@link #NO_OFFSET} where no message is that recent. */
    Map<TopicPartition, Long> at(Collection<TopicPartition> partitions, long epochMillis) {
        return offsets(partitions, OffsetSpec.forTimestamp(epochMillis), "find the offsets by time");
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec, String action) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec, (a, b) -> a));
        Map<TopicPartition, ListOffsetsResultInfo> answer = calls.await(action, admin.listOffsets(request).all());
        var offsets = new HashMap<TopicPartition, Long>();
        answer.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
