package io.pinpipe.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads partitions forwards on an assigned consumer, from an offset up to (not including) an end per partition, or
 * without end for a tail. Either keeps up to {@code cap} matches per partition (a page) or hands every poll's
 * matches to a sink (scan all, tail). Remembers per partition the first offset it did not look at, so the next read
 * continues exactly there.
 */
final class ForwardScan {

    /** How long one poll waits: the cancel check runs at least this often. */
    static final Duration POLL = Duration.ofMillis(100);
    static final long NO_END = Long.MAX_VALUE;

    /** Why a scan ended, and where each partition got to ({@code next}: first offset not looked at). */
    record Result(MessagePage.Stopped stopped, Map<Integer, List<Message>> matches, Map<Integer, Long> next) {
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final MessageCalls calls;
    private final String topic;
    private final MessageFilter filter;
    private final ScanMeter meter;

    ForwardScan(KafkaConsumer<byte[], byte[]> consumer, MessageCalls calls, String topic, MessageFilter filter,
                ScanMeter meter) {
        this.consumer = consumer;
        this.calls = calls;
        this.topic = topic;
        this.filter = filter;
        this.meter = meter;
    }

    /**
     * @param from  first offset per partition
     * @param until end per partition (exclusive), {@link #NO_END} to keep waiting for new messages
     * @param cap   matches kept per partition before it stops reading it; {@code Integer.MAX_VALUE} with a sink
     * @param sink  null to keep matches for a page; else gets each poll's matches, in the order read
     */
    Result run(Map<Integer, Long> from, Map<Integer, Long> until, int cap, Consumer<List<Message>> sink) {
        var next = new TreeMap<>(from);
        var matches = new TreeMap<Integer, List<Message>>();
        var pending = new HashMap<Integer, TopicPartition>();
        from.forEach((p, offset) -> {
            matches.put(p, new ArrayList<>());
            if (offset < until.get(p)) {
                pending.put(p, new TopicPartition(topic, p));
            }
        });
        if (pending.isEmpty()) {
            return new Result(MessagePage.Stopped.END_OF_TOPIC, matches, next);
        }
        var started = System.nanoTime();
        try {
            consumer.assign(pending.values());
            consumer.resume(pending.values());
            pending.forEach((p, tp) -> consumer.seek(tp, from.get(p)));
            var stopped = loop(pending, until, cap, sink, matches, next);
            MessageCalls.log.debug("Forward read of {} partitions of '{}' stopped ({}) after {} ms", from.size(), topic,
                    stopped, MessageCalls.millisSince(started));
            return new Result(stopped, matches, next);
        } catch (KafkaException | IllegalStateException e) {
            MessageCalls.log.debug("Forward read of '{}' failed after {} ms: {}", topic, MessageCalls.millisSince(started),
                    e.toString());
            throw calls.describe(e, "read topic '" + topic + "'");
        }
    }

    private MessagePage.Stopped loop(Map<Integer, TopicPartition> pending, Map<Integer, Long> until, int cap,
                                     Consumer<List<Message>> sink, Map<Integer, List<Message>> matches,
                                     Map<Integer, Long> next) {
        long lastMove = System.nanoTime();
        long stallNanos = calls.timeout().toNanos();
        while (!pending.isEmpty()) {
            if (meter.cancelled()) {
                return MessagePage.Stopped.CANCELLED;
            }
            var started = System.nanoTime();
            var records = consumer.poll(POLL);
            if (MessageCalls.log.isTraceEnabled()) {
                MessageCalls.log.trace("poll of '{}' gave {} records in {} ms", topic, records.count(),
                        MessageCalls.millisSince(started));
            }
            var batch = sink == null ? null : new ArrayList<Message>();
            boolean limited = false;
            for (var tp : records.partitions()) {
                int p = tp.partition();
                if (!pending.containsKey(p)) {
                    continue;
                }
                var outcome = take(records.records(tp), p, until.get(p), cap, batch, matches.get(p), next);
                if (outcome == Outcome.LIMIT) {
                    limited = true;
                    break;
                }
                if (outcome == Outcome.DONE) {
                    done(pending, p);
                }
            }
            if (batch != null && !batch.isEmpty()) {
                sink.accept(batch);
            }
            if (limited) {
                return MessagePage.Stopped.LIMIT;
            }
            boolean moved = !records.isEmpty();
            for (var p : List.copyOf(pending.keySet())) {
                long position = consumer.position(pending.get(p));
                if (position > next.get(p)) {
                    next.put(p, position);
                    moved = true;
                }
                if (position >= until.get(p)) {
                    done(pending, p);
                }
            }
            meter.tick();
            lastMove = moved ? System.nanoTime() : lastMove;
            if (!pending.isEmpty() && until.values().stream().allMatch(end -> end != NO_END)
                    && System.nanoTime() - lastMove > stallNanos) {
                throw calls.timedOut("read partitions " + pending.keySet() + " of topic '" + topic + "'", null);
            }
        }
        return MessagePage.Stopped.END_OF_TOPIC;
    }

    private enum Outcome { MORE, DONE, LIMIT }

    private Outcome take(List<ConsumerRecord<byte[], byte[]>> records, int p, long end, int cap, List<Message> batch,
                         List<Message> kept, Map<Integer, Long> next) {
        long reached = -1;
        var outcome = Outcome.MORE;
        for (var record : records) {
            long offset = record.offset();
            if (offset >= end) {
                outcome = Outcome.DONE;
                break;
            }
            if (meter.atLimit()) {
                outcome = Outcome.LIMIT;
                break;
            }
            meter.scanned(Records.size(record));
            var message = Records.message(record);
            reached = offset + 1;
            if (filter.test(message)) {
                meter.matched();
                if (batch != null) {
                    batch.add(message);
                } else {
                    kept.add(message);
                    if (kept.size() >= cap) {
                        outcome = Outcome.DONE;
                        break;
                    }
                }
            }
        }
        if (reached > 0) {
            next.put(p, reached);
        }
        return outcome;
    }

    private void done(Map<Integer, TopicPartition> pending, int p) {
        var tp = pending.remove(p);
        if (tp != null) {
            consumer.pause(List.of(tp));
        }
    }
}
