package io.pinpipe.consumers;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Reads the timestamp of the first message at or after each wanted offset, with one consumer that joins no group:
 * every partition is fetched from its smallest wanted offset, so groups waiting at the same offset (or close behind
 * one another) share the fetch; the consumer skips ahead to the next wanted offset rather than reading the gap.
 */
final class TimestampFetch {

    private static final Duration POLL = Duration.ofMillis(200);

    private TimestampFetch() {
    }

    /**
     * @return per partition, wanted offset to the timestamp of the first message at or after it; offsets whose
     *         message did not arrive before the deadline are missing
     */
    static Map<TopicPartition, Map<Long, Long>> read(Consumer<byte[], byte[]> consumer,
                                                     Map<TopicPartition, ? extends Set<Long>> wanted,
                                                     Duration within, BooleanSupplier cancelled) {
        var found = new HashMap<TopicPartition, Map<Long, Long>>();
        if (wanted.isEmpty()) {
            return found;
        }
        var pending = new HashMap<TopicPartition, TreeSet<Long>>();
        wanted.forEach((partition, offsets) -> pending.put(partition, new TreeSet<>(offsets)));
        consumer.assign(pending.keySet());
        pending.forEach((partition, offsets) -> consumer.seek(partition, offsets.first()));
        var deadline = System.nanoTime() + within.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            GroupReads.checkCancelled(cancelled, "reading message timestamps");
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
                if (offsets.isEmpty()) {
                    pending.remove(partition);
                    consumer.pause(List.of(partition));
                } else if (offsets.first() > consumer.position(partition)) {
                    consumer.seek(partition, offsets.first());
                }
            }
        }
        return found;
    }
}
