package io.pinpipe.messages;

import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads partitions backwards from an offset in growing chunks (each chunk read forwards) until each partition has
 * {@code wanted} matches or reaches its earliest offset. Per partition it keeps the matches in offset order and the
 * lowest offset below which nothing was looked at, so a page built from them can tell where the previous one starts.
 */
final class BackwardScan {

    private static final int MAX_CHUNK = 500_000;

    /** Why it ended; per partition its matches (offset order) in {@code [low, upper)}, all of that range read. */
    record Result(MessagePage.Stopped stopped, Map<Integer, List<Message>> matches, Map<Integer, Long> low) {
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final MessageCalls calls;
    private final String topic;
    private final MessageFilter filter;
    private final ScanMeter meter;

    BackwardScan(KafkaConsumer<byte[], byte[]> consumer, MessageCalls calls, String topic, MessageFilter filter,
                 ScanMeter meter) {
        this.consumer = consumer;
        this.calls = calls;
        this.topic = topic;
        this.filter = filter;
        this.meter = meter;
    }

    Result run(Map<Integer, Long> upper, Map<Integer, Long> earliest, int wanted) {
        var low = new TreeMap<>(upper);
        var matches = new TreeMap<Integer, List<Message>>();
        var chunks = new HashMap<Integer, Long>();
        long first = filter == MessageFilter.ALL ? Math.max(wanted, 1) : Math.max(wanted * 10L, 1_000);
        upper.keySet().forEach(p -> {
            matches.put(p, new ArrayList<>());
            chunks.put(p, first);
        });
        var active = new ArrayList<>(upper.keySet());
        active.removeIf(p -> low.get(p) <= earliest.get(p));
        while (!active.isEmpty()) {
            var from = new TreeMap<Integer, Long>();
            var until = new TreeMap<Integer, Long>();
            for (var p : active) {
                until.put(p, low.get(p));
                from.put(p, Math.max(earliest.get(p), low.get(p) - chunks.get(p)));
            }
            var round = new ForwardScan(consumer, calls, topic, filter, meter).run(from, until, Integer.MAX_VALUE, null);
            for (var p : List.copyOf(active)) {
                if (round.next().get(p) < until.get(p) && round.stopped() != MessagePage.Stopped.END_OF_TOPIC) {
                    continue; // only part of this chunk was read: leave it for the next page
                }
                matches.get(p).addAll(0, round.matches().get(p));
                low.put(p, from.get(p));
                chunks.put(p, Math.min(chunks.get(p) * 4, MAX_CHUNK));
                if (matches.get(p).size() >= wanted || low.get(p) <= earliest.get(p)) {
                    active.remove(p);
                }
            }
            if (round.stopped() != MessagePage.Stopped.END_OF_TOPIC) {
                return new Result(round.stopped(), matches, low);
            }
        }
        return new Result(MessagePage.Stopped.END_OF_TOPIC, matches, low);
    }
}
