package io.pinpipe.messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Picks a page from matches kept per partition (each in offset order): the oldest {@code n} by timestamp, taking a
 * run from the start of each partition's matches, or the newest {@code n}, taking a run from the end. Taking runs
 * per partition is what lets the next and previous pages continue exactly where this one stopped.
 */
final class PageMerge {

    static final Comparator<Message> OLDEST_FIRST = Comparator.comparing(Message::timestamp)
            .thenComparingInt(Message::partition).thenComparingLong(Message::offset);
    static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::timestamp).reversed()
            .thenComparingInt(Message::partition).thenComparing(Comparator.comparingLong(Message::offset).reversed());

    private PageMerge() {
    }

    /** Up to {@code n} matches, the oldest, each partition's taken from the start of its list; oldest first. */
    static List<Message> oldest(Map<Integer, List<Message>> perPartition, int n) {
        var heads = new PriorityQueue<Head>((a, b) -> OLDEST_FIRST.compare(a.current(), b.current()));
        perPartition.values().forEach(list -> {
            if (!list.isEmpty()) {
                heads.add(new Head(list, 0, 1));
            }
        });
        return take(heads, n);
    }

    /** Up to {@code n} matches, the newest, each partition's taken from the end of its list; newest first. */
    static List<Message> newest(Map<Integer, List<Message>> perPartition, int n) {
        var heads = new PriorityQueue<Head>((a, b) -> NEWEST_FIRST.compare(a.current(), b.current()));
        perPartition.values().forEach(list -> {
            if (!list.isEmpty()) {
                heads.add(new Head(list, list.size() - 1, -1));
            }
        });
        return take(heads, n);
    }

    private static List<Message> take(PriorityQueue<Head> heads, int n) {
        var taken = new ArrayList<Message>();
        while (taken.size() < n && !heads.isEmpty()) {
            var head = heads.poll();
            taken.add(head.current());
            var moved = head.moved();
            if (moved != null) {
                heads.add(moved);
            }
        }
        return taken;
    }

    private record Head(List<Message> list, int index, int step) {
        Message current() {
            return list.get(index);
        }

        Head moved() {
            int nextIndex = index + step;
            return nextIndex >= 0 && nextIndex < list.size() ? new Head(list, nextIndex, step) : null;
        }
    }
}
