package io.pinpipe.bench;

import io.pinpipe.insights.InsightsSnapshot;

import java.util.List;
import java.util.Locale;

/** The figures of one {@link InsightsBench} run, printed: rate, result lag, query time, pulse gaps, heap, rows. */
record InsightsReport(String prefix, String pace, List<Long> idle, List<Long> reading,
                      List<GcPauses.Summary> pauses, ShownSnapshots.Lags lags,
                      List<Long> queryMillis, long baselineHeap, List<Mark> marks, InsightsSnapshot last) {

    /**
     * A mark of events read: when (s of reading), heap in use after a full GC, messages not read yet then and how far
     * the newest result shown was behind its newest event (ms).
     */
    record Mark(long events, double seconds, long heapBytes, java.util.Map<String, Long> backlog, long lagMillis) {
    }

    void print() {
        System.out.println();
        System.out.printf(Locale.US, "Machine: %d cores, Java %s, max heap %.0f MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1e6);
        var end = marks.get(marks.size() - 1);
        System.out.printf(Locale.US, "Read: %,d events of %s.pin/.geo/.user from the beginning in %.0f s = %,.0f "
                + "events/s, the emulator writing at %s meanwhile%n", end.events(), prefix, end.seconds(),
                end.events() / end.seconds(), pace);
        for (var mark : marks) {
            System.out.printf(Locale.US, "  at %,d events (%.0f s): %,.0f events/s so far, %,d messages written"
                    + " and not read yet %s, the newest result shown %,d ms behind%n", mark.events(), mark.seconds(),
                    mark.events() / mark.seconds(), mark.backlog().values().stream().mapToLong(Long::longValue).sum(),
                    mark.backlog(), mark.lagMillis());
        }
        lag("Result lag when delivered", lags.delivered());
        lag("Result lag when shown    ", lags.shown());
        lag("Of which waiting to show ", lags.waited());
        if (lags.caughtUpAt() == null) {
            System.out.println("Reading never caught up with the emulator (no snapshot had read to the topics' ends)");
        } else {
            lag("Shown, once caught up    ", lags.caughtUp());
            System.out.printf(Locale.US, "  (caught up %.1f s after Start, forced GCs included)%n",
                    java.time.Duration.between(lags.startedAt(), lags.caughtUpAt()).toMillis() / 1e3);
        }
        System.out.println("Target, every result at most 2,000 ms behind the newest event it includes: "
                + (PulseProbe.max(lags.shown()) <= 2_000 ? "met" : "NOT met") + " (when shown)");
        System.out.printf(Locale.US, "Snapshot (eight queries): %d seen (sampled every %d ms), p50 %.0f ms, p99 %.0f"
                        + " ms, longest %d ms%n", queryMillis.size(), QuerySampler.PERIOD_MILLIS,
                PulseProbe.percentile(queryMillis, 0.5), PulseProbe.percentile(queryMillis, 0.99),
                PulseProbe.max(queryMillis));
        System.out.printf(Locale.US, "Pulse gaps idle (baseline): %d pulses, p99 %.1f ms, longest %.1f ms%n",
                idle.size(), PulseProbe.percentile(idle, 0.99) / 1e6, PulseProbe.max(idle) / 1e6);
        System.out.printf(Locale.US, "Pulse gaps reading:         %d pulses, p99 %.1f ms, longest %.1f ms%n",
                reading.size(), PulseProbe.percentile(reading, 0.99) / 1e6, PulseProbe.max(reading) / 1e6);
        System.out.printf(Locale.US, "Ratios reading/idle: p99 %.2f (target <= 2), longest %.2f%n",
                PulseProbe.percentile(reading, 0.99) / PulseProbe.percentile(idle, 0.99),
                (double) PulseProbe.max(reading) / PulseProbe.max(idle));
        System.out.printf(Locale.US, "GC pauses while reading (the forced ones at the marks left out): %d, %d ms in "
                        + "all, longest %d ms%n", pauses.stream().mapToInt(GcPauses.Summary::count).sum(),
                pauses.stream().mapToLong(GcPauses.Summary::totalMillis).sum(),
                pauses.stream().mapToLong(GcPauses.Summary::longestMillis).max().orElse(0));
        heap();
        rows();
    }

    private static void lag(String what, List<Long> millis) {
        System.out.printf(Locale.US, "%s: %d results, p50 %.0f ms, p99 %.0f ms, max %d ms%n", what,
                millis.size(), PulseProbe.percentile(millis, 0.5), PulseProbe.percentile(millis, 0.99),
                PulseProbe.max(millis));
    }

    private void heap() {
        System.out.printf(Locale.US, "Heap in use after GC before reading (app, broker, emulator running): %.1f MB%n",
                baselineHeap / 1e6);
        Mark previous = null;
        for (var mark : marks) {
            var growth = (mark.heapBytes() - baselineHeap) / 1e6;
            System.out.printf(Locale.US, "Heap in use after GC at %,d events: %.1f MB (+%.1f MB over the baseline = "
                    + "%.1f MB per million events", mark.events(), mark.heapBytes() / 1e6, growth,
                    growth / (mark.events() / 1e6));
            if (previous != null) {
                System.out.printf(Locale.US, "; %+.1f MB per million since %,d", (mark.heapBytes()
                        - previous.heapBytes()) / 1e6 / ((mark.events() - previous.events()) / 1e6), previous.events());
            }
            System.out.println(")");
            previous = mark;
        }
    }

    private void rows() {
        if (last == null) {
            return;
        }
        var status = last.status();
        long read = status.eventsRead().values().stream().mapToLong(Long::longValue).sum();
        long unreadable = status.unreadable().values().stream().mapToLong(Long::longValue).sum();
        long issues = status.cleaningIssues().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.US, "Rows at the end: %,d events read (%s), %,d distinct rows, %,d joined, %,d "
                        + "waiting for partners, %,d duplicates dropped, %,d unreadable, %,d cleaning issues%n",
                read, status.eventsRead(), read - status.duplicates() - unreadable, status.rowsJoined(),
                status.rowsWaiting(), status.duplicates(), unreadable, issues);
    }
}
