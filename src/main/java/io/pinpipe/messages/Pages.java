package io.pinpipe.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link MessagePage} from what a scan kept per partition: picks the page (oldest or newest matches), sets
 * its cursors so that the next and previous pages hold every other match exactly once, and sorts it for display.
 */
final class Pages {

    private Pages() {
    }

    /** A page read forwards from {@code from}: the oldest {@code size} matches. */
    static MessagePage forward(TopicLayout layout, Map<Integer, Long> from, ForwardScan.Result scan, int size,
                               boolean newestFirst, ScanProgress progress) {
        var taken = PageMerge.oldest(scan.matches(), size);
        var counts = counts(taken);
        var after = new TreeMap<Integer, Long>();
        from.keySet().forEach(p -> {
            var kept = scan.matches().get(p);
            int k = counts.getOrDefault(p, 0);
            after.put(p, k < kept.size() ? kept.get(k).offset() : scan.next().get(p));
        });
        var stopped = taken.size() >= size ? MessagePage.Stopped.PAGE_FULL : scan.stopped();
        return page(layout, taken, from, after, newestFirst, progress, stopped);
    }

    /** A page read backwards from {@code upper}: the newest {@code size} matches below it. */
    static MessagePage backward(TopicLayout layout, Map<Integer, Long> upper, BackwardScan.Result scan, int size,
                                boolean newestFirst, ScanProgress progress) {
        var taken = PageMerge.newest(scan.matches(), size);
        var counts = counts(taken);
        var before = new TreeMap<Integer, Long>();
        upper.keySet().forEach(p -> {
            var kept = scan.matches().get(p);
            int k = counts.getOrDefault(p, 0);
            before.put(p, k < kept.size() ? kept.get(kept.size() - k - 1).offset() + 1 : scan.low().get(p));
        });
        var stopped = taken.size() >= size ? MessagePage.Stopped.PAGE_FULL : scan.stopped();
        return page(layout, taken, before, upper, newestFirst, progress, stopped);
    }

    private static MessagePage page(TopicLayout layout, List<Message> taken, Map<Integer, Long> before,
                                    Map<Integer, Long> after, boolean newestFirst, ScanProgress progress,
                                    MessagePage.Stopped stopped) {
        var shown = new ArrayList<>(taken);
        shown.sort(newestFirst ? PageMerge.NEWEST_FIRST : PageMerge.OLDEST_FIRST);
        boolean hasOlder = before.entrySet().stream().anyMatch(e -> e.getValue() > layout.earliest(e.getKey()));
        boolean hasNewer = after.entrySet().stream().anyMatch(e -> e.getValue() < layout.end(e.getKey()));
        // Matches read past the page are read again by the next one: the page counts only those it shows.
        var counted = new ScanProgress(progress.scanned(), taken.size(), progress.bytes(), progress.elapsed());
        return new MessagePage(shown, new Cursor(before), new Cursor(after), hasOlder, hasNewer, counted, stopped);
    }

    private static Map<Integer, Integer> counts(List<Message> taken) {
        var counts = new TreeMap<Integer, Integer>();
        taken.forEach(m -> counts.merge(m.partition(), 1, Integer::sum));
        return counts;
    }
}
