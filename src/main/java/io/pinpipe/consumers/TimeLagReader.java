package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The lag in time of groups: for each partition behind, the newest message's timestamp minus the timestamp of the
 * next message the group will consume; the largest over the group's partitions. Committed offsets, log ends, log
 * starts and newest timestamps each take one batched call; the next messages are read by one short-lived consumer.
 */
final class TimeLagReader {

    private static final Duration MOST = Duration.ofSeconds(10);

    private final ClusterClient client;
    private final GroupCalls calls;

    TimeLagReader(ClusterClient client, GroupCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    Map<String, TimeLag> read(Collection<String> groupIds, BooleanSupplier cancelled) {
        var admin = client.admin();
        var offsets = CommittedOffsets.read(admin, calls, groupIds);
        GroupReads.checkCancelled(cancelled, "reading committed offsets");
        return read(offsets, cancelled);
    }

    /** The time lag of groups whose committed offsets are already read. */
    Map<String, TimeLag> read(Map<String, CommittedOffsets.Outcome> offsets, BooleanSupplier cancelled) {
        var admin = client.admin();
        var partitions = new HashSet<TopicPartition>();
        offsets.values().forEach(outcome -> partitions.addAll(outcome.offsets().keySet()));
        var ends = LogOffsets.ends(admin, calls, partitions);
        var starts = LogOffsets.starts(admin, calls, partitions);
        var newest = LogOffsets.newestTimestamps(admin, calls, partitions);
        GroupReads.checkCancelled(cancelled, "reading log offsets");
        var wanted = new HashMap<TopicPartition, Set<Long>>();
        offsets.values().forEach(outcome -> outcome.offsets().forEach((partition, commit) -> {
            var end = ends.get(partition);
            var start = starts.get(partition);
            if (end != null && commit.offset() < end && (start == null || commit.offset() >= start)) {
                wanted.computeIfAbsent(partition, key -> new HashSet<>()).add(commit.offset());
            }
        }));
        var timestamps = fetch(wanted, cancelled);
        var lags = new LinkedHashMap<String, TimeLag>();
        offsets.forEach((groupId, outcome) -> lags.put(groupId, outcome.error().isPresent()
                ? TimeLag.unknown("committed offsets not readable")
                : groupLag(outcome.offsets(), ends, starts, newest, timestamps)));
        return lags;
    }

    private Map<TopicPartition, Map<Long, Long>> fetch(Map<TopicPartition, Set<Long>> wanted, BooleanSupplier cancelled) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var within = client.timeout().compareTo(MOST) < 0 ? client.timeout() : MOST;
        try (var consumer = client.consumer("time-lag", config -> {
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20");
            config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        })) {
            return TimestampFetch.read(consumer, wanted, within, cancelled);
        } catch (KafkaException e) {
            throw calls.describe(e, "read the next messages' timestamps");
        }
    }

    private static TimeLag groupLag(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends,
                                    Map<TopicPartition, Long> starts, Map<TopicPartition, Long> newest,
                                    Map<TopicPartition, Map<Long, Long>> timestamps) {
        if (committed.isEmpty()) {
            return TimeLag.unknown("no committed offset");
        }
        var largest = Duration.ZERO;
        for (var entry : committed.entrySet()) {
            var lag = partitionLag(entry.getKey(), entry.getValue().offset(), ends, starts, newest, timestamps);
            if (!lag.known()) {
                return lag;
            }
            largest = lag.behind().orElseThrow().compareTo(largest) > 0 ? lag.behind().orElseThrow() : largest;
        }
        return largest.isZero() ? TimeLag.CAUGHT_UP : TimeLag.of(largest);
    }

    private static TimeLag partitionLag(TopicPartition partition, long committed, Map<TopicPartition, Long> ends,
                                        Map<TopicPartition, Long> starts, Map<TopicPartition, Long> newest,
                                        Map<TopicPartition, Map<Long, Long>> timestamps) {
        var end = ends.get(partition);
        if (end == null) {
            return TimeLag.unknown("the end of " + partition + " could not be read");
        }
        if (committed >= end) {
            return TimeLag.CAUGHT_UP;
        }
        var start = starts.get(partition);
        if (start != null && committed < start) {
            return TimeLag.unknown("the next message on " + partition + " has been deleted");
        }
        var next = timestamps.getOrDefault(partition, Map.of()).get(committed);
        if (next == null) {
            return TimeLag.unknown("the next message on " + partition + " could not be read in time");
        }
        var last = newest.get(partition);
        if (last == null) {
            return TimeLag.unknown("the newest message on " + partition + " has no timestamp");
        }
        return TimeLag.of(Duration.ofMillis(Math.max(0, last - next)));
    }
}
