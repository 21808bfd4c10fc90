package io.pinpipe.topics;

import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Earliest and latest offsets of a topic's partitions: one ListOffsets request each, both in flight at once. */
final class PartitionOffsets {

    private final AdminCalls calls;
    private final Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> earliest;
    private final Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> latest;

    private PartitionOffsets(AdminCalls calls, Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> earliest,
                             Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> latest) {
        this.calls = calls;
        this.earliest = earliest;
        this.latest = latest;
    }

    static PartitionOffsets request(Admin admin, AdminCalls calls, Collection<TopicPartition> partitions) {
        return new PartitionOffsets(calls, request(admin, calls, partitions, OffsetSpec.earliest(), "earliest"),
                request(admin, calls, partitions, OffsetSpec.latest(), "latest"));
    }

    /** By partition number; a partition whose leader did not answer is absent. */
    Map<Integer, ListOffsetsResultInfo> earliestAnswered() {
        return answered(earliest);
    }

    Map<Integer, ListOffsetsResultInfo> latestAnswered() {
        return answered(latest);
    }

    /** One partition's offset, or a {@link TopicException} saying why it could not be read. */
    long earliest(TopicPartition partition, Operation operation) {
        return calls.await(operation, earliest.get(partition)).offset();
    }

    long latest(TopicPartition partition, Operation operation) {
        return calls.await(operation, latest.get(partition)).offset();
    }

    private Map<Integer, ListOffsetsResultInfo> answered(Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> futures) {
        calls.awaitAll(futures.values());
        var offsets = new HashMap<Integer, ListOffsetsResultInfo>();
        for (var entry : futures.entrySet()) {
            var future = entry.getValue();
            if (future.isDone() && !future.isCompletedExceptionally()) {
                offsets.put(entry.getKey().partition(), calls.await(Operation.of("read offsets"), future));
            }
        }
        return offsets;
    }

    private static Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> request(
            Admin admin, AdminCalls calls, Collection<TopicPartition> partitions, OffsetSpec spec, String which) {
        var request = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> request.put(partition, spec));
        var result = admin.listOffsets(request);
        var futures = new HashMap<TopicPartition, KafkaFuture<ListOffsetsResultInfo>>();
        partitions.forEach(partition -> futures.put(partition, result.partitionResult(partition)));
        calls.timed("listOffsets(" + which + ", " + partitions.size() + " partitions)", result.all());
        return futures;
    }
}
