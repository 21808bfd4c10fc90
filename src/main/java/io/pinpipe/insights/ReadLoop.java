package io.pinpipe.insights;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
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
 * at most four times a second (and once right after the start, so the status shows before any message), answers idle
 * waits, picks up the pipeline's topics created later, tells the listener when the cluster stops and starts
 * answering, and when reading ends for good, why. The consumer keeps its position through a lost connection, so
 * nothing is read twice or missed.
 */
final class ReadLoop {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ENDS_TIMEOUT = Duration.ofSeconds(2);
    private static final long ENDS_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long TOPICS_EVERY_NANOS = Duration.ofSeconds(3).toNanos();
    private static final long PUBLISH_EVERY_NANOS = Duration.ofMillis(250).toNanos();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final PipelinePartitions partitions;
    private final StartAt start;
    private final InsightsListener listener;
    private final String where;
    private final AtomicBoolean closed;
    private final Queue<InsightsRun.IdleWait> waits;
    private final AtomicBoolean resetRequested = new AtomicBoolean();
    private final InsightsEngine engine = new InsightsEngine();
    private final Stall stall;
    private Map<TopicPartition, Long> ends = new HashMap<>();
    private long endsAt = System.nanoTime() - ENDS_EVERY_NANOS;
    private long topicsAt = System.nanoTime();
    private long publishedAt = System.nanoTime() - PUBLISH_EVERY_NANOS;
    private long snapshotNanos;
    private long lastRecordAt = System.nanoTime();
    private boolean fresh = true;
    private List<String> missingTold = List.of();
    private volatile InsightsException failure;

    ReadLoop(KafkaConsumer<byte[], byte[]> consumer, PipelinePartitions partitions, StartAt start,
             InsightsListener listener, String where, AtomicBoolean closed, Queue<InsightsRun.IdleWait> waits) {
        this.consumer = consumer;
        this.partitions = partitions;
        this.start = start;
        this.listener = listener;
        this.where = where;
        this.closed = closed;
        this.waits = waits;
        this.stall = new Stall(listener, where, closed);
    }

    /** Assigns the partitions and seeks to the run's start; before the thread starts. */
    void seekToStart() {
        var all = partitions.current().keySet();
        long started = System.nanoTime();
        Map<TopicPartition, Long> starts;
        try {
            starts = start == StartAt.BEGINNING
                    ? consumer.beginningOffsets(all, ENDS_TIMEOUT.multipliedBy(5))
                    : consumer.endOffsets(all, ENDS_TIMEOUT.multipliedBy(5));
        } catch (TimeoutException e) {
            throw new InsightsException(InsightsException.Reason.TIMEOUT, "Could not find where the topics "
                    + (start == StartAt.BEGINNING ? "begin" : "end") + " on " + where + ": is the cluster reachable?");
        }
        InsightsReader.log.debug("Start offsets of {} partitions: {} ms", all.size(), millisSince(started));
        partitions.assignAt(starts);
    }

    List<TopicPartition> partitions() {
        return List.copyOf(partitions.current().keySet());
    }

    /** Why reading ended for good, once it has (not set by a close). */
    InsightsException failure() {
        return failure;
    }

    void requestReset() {
        resetRequested.set(true);
    }

    void wakeup() {
        consumer.wakeup();
    }

    void run() {
        Throwable fatal = null;
        try {
            tellMissing(partitions.missing());
            while (!closed.get()) {
                try {
                    step();
                } catch (WakeupException e) {
                    // close() woke the poll: the loop condition ends it.
                } catch (AuthenticationException | AuthorizationException e) {
                    throw e;
                } catch (KafkaException e) {
                    stall.problem("Reading from " + where + " failed: " + e.getMessage());
                    pause();
                }
            }
        } catch (Throwable e) {
            fatal = e;
        } finally {
            release();
        }
        if (fatal != null) {
            stopped(fatal);
        }
    }

    private void step() {
        if (resetRequested.getAndSet(false)) {
            engine.reset();
            partitions.seekToStarts();
            fresh = true;
        }
        var records = consumer.poll(POLL);
        if (!records.isEmpty()) {
            accept(records);
        }
        if (System.nanoTime() - endsAt >= ENDS_EVERY_NANOS || waits.stream().anyMatch(wait -> wait.ends == null)) {
            refreshEnds();
        }
        if (System.nanoTime() - topicsAt >= TOPICS_EVERY_NANOS) {
            refreshTopics();
        }
        // At most four a second, and the queries never take more than a fifth of the reading thread's time.
        if (fresh && System.nanoTime() - publishedAt >= Math.max(PUBLISH_EVERY_NANOS, 4 * snapshotNanos)) {
            publish();
        }
        serveWaits();
    }

    private void accept(ConsumerRecords<byte[], byte[]> records) {
        var sets = partitions.current();
        for (var record : records) {
            engine.accept(sets.get(new TopicPartition(record.topic(), record.partition())), record.value(),
                    Instant.ofEpochMilli(record.timestamp()));
        }
        fresh = true;
        lastRecordAt = System.nanoTime();
        for (var wait : waits) {
            if (wait.ends != null && belowEnds(records, wait.ends)) {
                wait.backlogAt = lastRecordAt;
            }
        }
        stall.resumed();
    }

    /** Whether some of the records were written before the wait was asked for: its backlog, not new arrivals. */
    private static boolean belowEnds(ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, Long> targets) {
        for (var partition : records.partitions()) {
            var first = records.records(partition).get(0);
            if (first.offset() < targets.getOrDefault(partition, Long.MIN_VALUE)) {
                return true;
            }
        }
        return false;
    }

    private void refreshEnds() {
        long started = System.nanoTime();
        try {
            var latest = new HashMap<>(consumer.endOffsets(partitions.current().keySet(), ENDS_TIMEOUT));
            InsightsReader.log.debug("End offsets of {} partitions: {} ms", latest.size(), millisSince(started));
            if (!latest.equals(ends)) {
                fresh = true;
            }
            ends = latest;
            for (var wait : waits) {
                if (wait.ends == null) {
                    wait.backlogAt = lastRecordAt;
                    wait.ends = Map.copyOf(ends);
                }
            }
            stall.resumed();
        } catch (TimeoutException e) {
            stall.problem("Cannot reach " + where + " (no answer within " + ENDS_TIMEOUT.toSeconds() + " s)");
        } finally {
            endsAt = System.nanoTime();
        }
    }

    private void refreshTopics() {
        topicsAt = System.nanoTime();
        List<String> deleted;
        try {
            deleted = partitions.refresh(ENDS_TIMEOUT);
        } catch (TimeoutException e) {
            return; // refreshEnds says the cluster does not answer
        }
        if (!deleted.isEmpty()) {
            throw new InsightsException(InsightsException.Reason.NOT_FOUND, String.join(" and ", deleted)
                    + (deleted.size() == 1 ? " was" : " were") + " deleted while reading on " + where
                    + ": start again once the pipeline's topics exist");
        }
        tellMissing(partitions.missing());
    }

    /** Names the topics that do not exist (yet), once per change; says so when the last one appeared. */
    private void tellMissing(List<String> missing) {
        if (missing.equals(missingTold) || closed.get()) {
            return;
        }
        if (!missing.isEmpty()) {
            listener.problem(String.join(" and ", missing) + (missing.size() == 1 ? " does" : " do")
                    + " not exist (yet) on " + where + ": no row can join until it does; it is read once it is created");
        } else if (!stall.stalled()) {
            listener.resumed();
        }
        missingTold = missing;
        fresh = true;
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
            if (wait.stalledLimit != null && stall.longerThan(wait.stalledLimit)) {
                waits.remove(wait);
                wait.answer.completeExceptionally(new InsightsException(InsightsException.Reason.TIMEOUT,
                        stall.reason() + "; gave up after " + wait.stalledLimit.toSeconds() + " s"));
                continue;
            }
            if (wait.ends == null || !reached(wait.ends)) {
                continue;
            }
            long quietSince = Math.max(wait.backlogAt, wait.since);
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
        for (var partition : partitions.current().keySet()) {
            long next = consumer.position(partition);
            long end = Math.max(next, ends.getOrDefault(partition, next));
            offsets.add(new PartitionOffset(partition.topic(), partition.partition(), next, end));
        }
        return offsets;
    }

    /** Reading ended for good: the waits fail with the sentence and the listener hears it, unless closed. */
    private void stopped(Throwable fatal) {
        var sentence = Stall.sentence(fatal, where);
        InsightsReader.log.error("Insights reading stopped: {}", sentence, fatal);
        failure = fatal instanceof InsightsException known ? known
                : new InsightsException(InsightsException.Reason.BROKER, sentence, fatal);
        InsightsRun.IdleWait wait;
        while ((wait = waits.poll()) != null) {
            wait.answer.completeExceptionally(failure);
        }
        if (!closed.get()) {
            try {
                listener.stopped(sentence);
            } catch (Throwable e) {
                InsightsReader.log.warn("The insights listener failed on stopped", e);
            }
        }
    }

    private void release() {
        try {
            consumer.close(Duration.ofSeconds(1));
        } catch (Throwable e) {
            InsightsReader.log.debug("Closing the insights consumer: {}", e.toString());
        }
        try {
            engine.close();
        } catch (Throwable e) {
            InsightsReader.log.debug("Closing the insights engine: {}", e.toString());
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
