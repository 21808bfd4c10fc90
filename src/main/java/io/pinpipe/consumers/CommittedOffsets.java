package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The committed offsets of many groups in one request per coordinator (OffsetFetch batches groups): one group the
 * broker refuses (e.g. not authorised) leaves its error in its place and the others still load.
 */
final class CommittedOffsets {

    /** One group's committed offsets, or why they could not be read. */
    record Outcome(Map<TopicPartition, OffsetAndMetadata> offsets, Optional<GroupException> error) {

        static final Outcome NONE = new Outcome(Map.of(), Optional.empty());
    }

    private CommittedOffsets() {
    }

    static Map<String, Outcome> read(Admin admin, GroupCalls calls, Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        var specs = groupIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> new ListConsumerGroupOffsetsSpec()));
        var result = admin.listConsumerGroupOffsets(specs);
        var outcomes = new LinkedHashMap<String, Outcome>();
        for (var groupId : specs.keySet()) {
            try {
                var offsets = calls.await("read the committed offsets of group '" + groupId + "'",
                        result.partitionsToOffsetAndMetadata(groupId));
                var present = new HashMap<TopicPartition, OffsetAndMetadata>();
                offsets.forEach((partition, offset) -> {
                    if (offset != null) {
                        present.put(partition, offset);
                    }
                });
                outcomes.put(groupId, new Outcome(present, Optional.empty()));
            } catch (GroupException e) {
                outcomes.put(groupId, new Outcome(Map.of(), Optional.of(e)));
            }
        }
        return outcomes;
    }
}
