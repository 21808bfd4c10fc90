package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Reads the timestamp of the first message at or after each wanted offset, with one consumer that joins no group:
 * every partition is fetched from its smallest wanted offset, so groups waiting at the same offset (or close behind
 * one another) share the fetch; the consumer skips ahead to the next wanted offset rather than reading the gap.
 * <p>
 * A wanted offset with no message before the log's end (only a transaction's commit or abort marker, or aborted
 * records, are left) is "nothing to read": the group is caught up there. A partition the consumer may not read,
 * or a fetch that fails, keeps its reason instead of failing the whole read.
 */
final class TimestampFetch {

    private static final Duration POLL = Duration.ofMillis(200);

    /**
     * What the fetch found.
     *
     * @param timestamps per partition, wanted offset to the timestamp of the first message at or after it; offsets
     *                   whose message did not arrive before the deadline are missing
     * @param nothingToRead per partition, the wanted offsets with no message before the log's end (control records
     *                      only): caught up
     * @param failures   per partition, why it could not be read ("not allowed to read t")
     */
    record Result(Map<TopicPartition, Map<Long, Long>> timestamps, Map<TopicPartition, Set<Long>> nothingToRead,
                  Map<TopicPartition, String> failures) {

        static final Result NONE = new Result(Map.of(), Map.of(), Map.of());

        /** Every wanted partition failed for the same reason. */
        static Result failed(Set<TopicPartition> partitions, String why) {
            var failures = new HashMap<TopicPartition, String>();
            partitions.forEach(partition -> failures.put(partition, why));
            return new Result(Map.of(), Map.of(), failures);
        }
    }

    private TimestampFetch() {
    }

    /**
     * @param ends the log-end offsets the wanted offsets were chosen against: a partition whose position reaches
     *             its end without a message for a wanted offset has nothing to read there
     */
    static Result read(Consumer<byte[], byte[]> consumer, Map<TopicPartition, ? extends Set<Long>> wanted,
                       Map<TopicPartition, Long> ends, Duration within, BooleanSupplier cancelled) {
        var found = new HashMap<TopicPartition, Map<Long, Long>>();
        var nothing = new HashMap<TopicPartition, Set<Long>>();
        var failures = new HashMap<TopicPartition, String>();
        var result = new Result(found, nothing, failures);
        if (wanted.isEmpty()) {
            return result;
        }
        var pending = new HashMap<TopicPartition, TreeSet<Long>>();
        wanted.forEach((partition, offsets) -> pending.put(partition, new TreeSet<>(offsets)));
        consumer.assign(pending.keySet());
        pending.forEach((partition, offsets) -> consumer.seek(partition, offsets.first()));
        var deadline = System.nanoTime() + within.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            GroupReads.checkCancelled(cancelled, "reading message timestamps");
            try {
                var records = consumer.poll(POLL);
                for (var partition : records.partitions()) {
                    var offsets = pending.get(partition);
                    if (offsets == null) {
                        continue;
                    }
                    var times = found.computeIfAbsent(partition, key -> new HashMap<>());
                    for (var record : records.records(partition)) {
                        while (!offsets.isEmpty() && offsets.first() <= record.offset()) {
                            times.put(offsets.pollFirst(), record.timestamp());
                        }
                    }
                }
                for (var partition : new HashSet<>(pending.keySet())) {
                    var offsets = pending.get(partition);
                    var end = ends.get(partition);
                    if (!offsets.isEmpty() && end != null && consumer.position(partition) >= end) {
                        nothing.computeIfAbsent(partition, key -> new HashSet<>()).addAll(offsets);
                        offsets.clear();
                    }
                    if (offsets.isEmpty()) {
                        pending.remove(partition);
                        consumer.pause(List.of(partition));
                    } else if (offsets.first() > consumer.position(partition)) {
                        consumer.seek(partition, offsets.first());
                    }
                }
            } catch (TopicAuthorizationException e) {
                var refused = e.unauthorizedTopics();
                for (var partition : new HashSet<>(pending.keySet())) {
                    if (refused.isEmpty() || refused.contains(partition.topic())) {
                        failures.put(partition, "not allowed to read " + partition.topic());
                        pending.remove(partition);
                    }
                }
                consumer.assign(pending.keySet());
            } catch (InterruptException e) {
                throw new GroupException(Reason.INTERRUPTED, "Interrupted while reading message timestamps", e);
            } catch (KafkaException e) {
                var why = GroupCalls.rootMessage(e);
                pending.keySet().forEach(partition -> failures.put(partition, "could not read " + partition + ": " + why));
                pending.clear();
            }
        }
        return result;
    }
}
