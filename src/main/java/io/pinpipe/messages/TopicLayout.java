package io.pinpipe.messages;

import io.pinpipe.messages.MessageException.Reason;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topic's partitions as the cluster describes them, with the chosen ones checked, and each chosen partition's
 * offset range (earliest retained, end) read once when a browse begins.
 */
record TopicLayout(String topic, List<Integer> all, Map<Integer, Integer> leaders, List<Integer> chosen,
                   Map<Integer, Long> earliest, Map<Integer, Long> end) {

    /** The topic's partitions and leaders; NOT_FOUND for a topic that does not exist. */
    static TopicLayout describe(Admin admin, MessageCalls calls, String topic) {
        try {
            var description = calls.await("describe topic '" + topic + "'",
                    admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
            var leaders = new TreeMap<Integer, Integer>();
            description.partitions().forEach(p -> leaders.put(p.partition(), p.leader() == null ? -1 : p.leader().id()));
            return new TopicLayout(topic, List.copyOf(leaders.keySet()), leaders, List.of(), Map.of(), Map.of());
        } catch (MessageException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new MessageException(Reason.NOT_FOUND, "Topic '" + topic + "' does not exist at " + calls.where(), e);
            }
            throw e;
        }
    }

    /** The layout for a request: its partitions checked against the topic's, and their offset ranges read. */
    static TopicLayout of(Admin admin, MessageCalls calls, String topic, List<Integer> partitions) {
        var layout = describe(admin, calls, topic);
        return layout.withOffsets(admin, calls, layout.choose(partitions));
    }

    /** This layout reading {@code chosen} (already checked), with their offset ranges as they are now. */
    TopicLayout withOffsets(Admin admin, MessageCalls calls, List<Integer> chosen) {
        var earliest = offsets(admin, calls, topic, chosen, OffsetSpec.earliest(), "earliest");
        var end = offsets(admin, calls, topic, chosen, OffsetSpec.latest(), "end");
        return new TopicLayout(topic, all, leaders, List.copyOf(chosen), earliest, end);
    }

    /** Offsets per partition for a spec; {@code what} names them in the log and the sentence. */
    static Map<Integer, Long> offsets(Admin admin, MessageCalls calls, String topic, List<Integer> partitions,
                                      OffsetSpec spec, String what) {
        var request = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(p -> request.put(new TopicPartition(topic, p), spec));
        if (request.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = calls.await(
                "read the " + what + " offsets of '" + topic + "'", admin.listOffsets(request).all());
        var offsets = new TreeMap<Integer, Long>();
        answer.forEach((tp, info) -> offsets.put(tp.partition(), info.offset()));
        return offsets;
    }

    List<Integer> choose(List<Integer> partitions) {
        if (partitions.isEmpty()) {
            return all;
        }
        var chosen = new ArrayList<Integer>();
        for (var partition : partitions) {
            if (!leaders.containsKey(partition)) {
                throw new MessageException(Reason.NOT_FOUND, "Topic '" + topic + "' has no partition " + partition
                        + "; its partitions are " + describePartitions());
            }
            if (!chosen.contains(partition)) {
                chosen.add(partition);
            }
        }
        chosen.sort(Integer::compare);
        return List.copyOf(chosen);
    }

    String describePartitions() {
        if (all.isEmpty()) {
            return "none";
        }
        var contiguous = all.get(all.size() - 1) - all.get(0) == all.size() - 1;
        if (all.size() == 1) {
            return String.valueOf(all.get(0));
        }
        return contiguous ? all.get(0) + " to " + all.get(all.size() - 1)
                : String.join(", ", all.stream().map(String::valueOf).toList());
    }

    long earliest(int partition) {
        return earliest.get(partition);
    }

    long end(int partition) {
        return end.get(partition);
    }
}
