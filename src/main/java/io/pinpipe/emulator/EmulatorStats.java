package io.pinpipe.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/** Thread-safe counters per topic: the engine counts samples, the sink's callbacks count the outcomes. */
public final class EmulatorStats {

    private final Counters[] topics;
    private final AtomicLong events = new AtomicLong();
    private final RateMeter rate;

    public EmulatorStats(String prefix) {
        this(prefix, System::nanoTime);
    }

    EmulatorStats(String prefix, LongSupplier clock) {
        this.topics = Arrays.stream(SourceTable.values()).map(table -> new Counters(table.topic(prefix)))
                .toArray(Counters[]::new);
        this.rate = new RateMeter(clock);
    }

    /** Counts an event's rows as sampled and the tables that lacked its id as missing. */
    public void sampled(EmulatorEvent event) {
        events.incrementAndGet();
        rate.record();
        for (var table : SourceTable.values()) {
            (event.rows().containsKey(table) ? topics[table.ordinal()].sampled : topics[table.ordinal()].missing)
                    .incrementAndGet();
        }
    }

    public void sent(SourceTable table) {
        topics[table.ordinal()].sent.incrementAndGet();
    }

    public void acked(SourceTable table) {
        topics[table.ordinal()].acked.incrementAndGet();
    }

    public void failed(SourceTable table, String reason) {
        var counters = topics[table.ordinal()];
        counters.lastFailure.set(reason);
        counters.failed.incrementAndGet();
    }

    public StatsSnapshot snapshot() {
        List<TopicCounts> counts = Arrays.stream(topics).map(Counters::snapshot).toList();
        return new StatsSnapshot(counts, events.get(), rate.perSecond());
    }

    private static final class Counters {
        final String topic;
        final AtomicLong sampled = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong missing = new AtomicLong();
        final AtomicReference<String> lastFailure = new AtomicReference<>();

        Counters(String topic) {
            this.topic = topic;
        }

        /** Outcomes first, so a concurrent ack never shows more acked than sampled. */
        TopicCounts snapshot() {
            var ackedNow = acked.get();
            var failedNow = failed.get();
            var sentNow = sent.get();
            return new TopicCounts(topic, sampled.get(), sentNow, ackedNow, failedNow, missing.get(),
                    Optional.ofNullable(lastFailure.get()));
        }
    }
}
