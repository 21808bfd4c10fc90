package io.pinpipe.insights;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reading thread of an {@link InsightsRun}: polls the assigned partitions into its engine, publishes snapshots
 * at most four times a second, answers idle waits, and tells the listener when the cluster stops and starts
 * answering. The consumer keeps its position through a lost connection, so nothing is read twice or missed.
 */
final class ReadLoop {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ENDS_TIMEOUT = Duration.ofSeconds(2);
    private static final long ENDS_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long PUBLISH_EVERY_NANOS = Duration.ofMillis(250).toNanos();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<TopicPartition, DataSet> partitions;
    private final StartAt start;
    private final InsightsListener listener;
    private final String where;
    private final AtomicBoolean closed;
    private final Queue<InsightsRun.IdleWait> waits;
    private final AtomicBoolean resetRequested = new AtomicBoolean();
    private final InsightsEngine engine = new InsightsEngine();
    private Map<TopicPartition, Long> startOffsets = Map.of();
    private Map<TopicPartition, Long> ends = new HashMap<>();
    private long endsAt;
    private long publishedAt;
    private long snapshotNanos;
    private long lastRecordAt = System.nanoTime();
    private boolean fresh;
    private boolean stalled;

    ReadLoop(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, DataSet> partitions, StartAt start,
             InsightsListener listener, String where, AtomicBoolean closed, Queue<InsightsRun.IdleWait> waits) {
        this.consumer = consumer;
        this.partitions = partitions;
        this.start = start;
        this.listener = listener;
        this.where = where;
        this.closed = closed;
        this.waits = waits;
    }

    /** Assigns the partitions and seeks to the run's start; before the thread starts. */
    void seekToStart() {
        consumer.assign(partitions.keySet());
        long started = System.nanoTime();
        try {
            startOffsets = start == StartAt.BEGINNING
                    ? consumer.beginningOffsets(partitions.keySet(), ENDS_TIMEOUT.multipliedBy(5))
                    : consumer.endOffsets(partitions.keySet(), ENDS_TIMEOUT.multipliedBy(5));
        } catch (TimeoutException e) {
            throw new InsightsException(InsightsException.Reason.TIMEOUT, "Could not find where the topics "
                    + (start == StartAt.BEGINNING ? "begin" : "end") + " on " + where + ": is the cluster reachable?");
        }
        InsightsReader.log.debug("Start offsets of {} partitions: {} ms", partitions.size(), millisSince(started));
        startOffsets.forEach(consumer::seek);
    }

    List<TopicPartition> partitions() {
        return List.copyOf(partitions.keySet());
    }

    void requestReset() {
        resetRequested.set(true);
    }

    void wakeup() {
        consumer.wakeup();
    }

    void run() {
        try {
            while (!closed.get()) {
                try {
                    step();
                } catch (WakeupException e) {
                    // close() woke the poll: the loop condition ends it.
                } catch (KafkaException e) {
                    problem("Reading from " + where + " failed: " + e.getMessage() + "; retrying");
                    pause();
                }
            }
        } catch (RuntimeException e) {
            InsightsReader.log.warn("Insights reading stopped", e);
            problem("Reading stopped: " + e.getMessage());
            InsightsRun.IdleWait wait;
            while ((wait = waits.poll()) != null) {
                wait.answer.completeExceptionally(e);
            }
        } finally {
            try {
                consumer.close(Duration.ofSeconds(1));
            } catch (KafkaException e) {
                InsightsReader.log.debug("Closing the insights consumer: {}", e.toString());
            }
            engine.close();
        }
    }

    private void step() {
        if (resetRequested.getAndSet(false)) {
            engine.reset();
            startOffsets.forEach(consumer::seek);
            fresh = true;
        }
        var records = consumer.poll(POLL);
        if (!records.isEmpty()) {
            for (var record : records) {
                engine.accept(partitions.get(new TopicPartition(record.topic(), record.partition())), record.value(),
                        Instant.ofEpochMilli(record.timestamp()));
            }
            fresh = true;
            lastRecordAt = System.nanoTime();
            resumed();
        }
        if (System.nanoTime() - endsAt >= ENDS_EVERY_NANOS || waits.stream().anyMatch(wait -> wait.ends == null)) {
            refreshEnds();
        }
        // At most four a second, and the queries never take more than a fifth of the reading thread's time.
        if (fresh && System.nanoTime() - publishedAt >= Math.max(PUBLISH_EVERY_NANOS, 4 * snapshotNanos)) {
            publish();
        }
        serveWaits();
    }

    private void refreshEnds() {
        long started = System.nanoTime();
        try {
            ends = new HashMap<>(consumer.endOffsets(partitions.keySet(), ENDS_TIMEOUT));
            InsightsReader.log.debug("End offsets of {} partitions: {} ms", ends.size(), millisSince(started));
            for (var wait : waits) {
                if (wait.ends == null) {
                    wait.ends = Map.copyOf(ends);
                }
            }
            resumed();
        } catch (TimeoutException e) {
            problem("Cannot reach " + where + " (no answer within " + ENDS_TIMEOUT.toSeconds()
                    + " s); retrying, reading resumes where it stopped");
        } finally {
            endsAt = System.nanoTime();
        }
    }

    private void publish() {
        fresh = false;
        publishedAt = System.nanoTime();
        var snapshot = engine.snapshot(offsets());
        snapshotNanos = System.nanoTime() - publishedAt;
        if (!closed.get()) {
            try {
                listener.snapshot(snapshot);
            } catch (RuntimeException e) {
                InsightsReader.log.warn("The insights listener failed", e);
            }
        }
    }

    private void serveWaits() {
        for (var wait : waits) {
            if (wait.ends == null || !reached(wait.ends)) {
                continue;
            }
            long quietSince = Math.max(lastRecordAt, wait.since);
            if (System.nanoTime() - quietSince >= wait.idle.toNanos()) {
                waits.remove(wait);
                wait.answer.complete(engine.snapshot(offsets()));
            }
        }
    }

    private boolean reached(Map<TopicPartition, Long> targets) {
        for (var target : targets.entrySet()) {
            if (consumer.position(target.getKey()) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private List<PartitionOffset> offsets() {
        var offsets = new ArrayList<PartitionOffset>();
        for (var partition : partitions.keySet()) {
            long next = consumer.position(partition);
            long end = Math.max(next, ends.getOrDefault(partition, next));
            offsets.add(new PartitionOffset(partition.topic(), partition.partition(), next, end));
        }
        return offsets;
    }

    private void problem(String sentence) {
        if (!stalled && !closed.get()) {
            stalled = true;
            InsightsReader.log.info("Insights reading stalled: {}", sentence);
            listener.problem(sentence);
        }
    }

    private void resumed() {
        if (stalled && !closed.get()) {
            stalled = false;
            InsightsReader.log.info("Insights reading resumed on {}", where);
            listener.resumed();
        }
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.set(true);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
