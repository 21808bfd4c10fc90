package io.pinpipe.bench;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.insights.DataSet;
import io.pinpipe.insights.InsightsEngine;
import io.pinpipe.sandbox.SampleDataset;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The insights engine without Kafka (decision record 13): {@code accept()} throughput while a million events (three
 * messages each, ids sampled with replacement from the 11,000 sample rows, as the emulator does) go in, the snapshot
 * time (the eight queries) at each mark of distinct rows, and the heap once it is all in.
 * Times are this thread's CPU time (the machine is shared). Run: {@code java -Xmx1g -cp $BENCH_CP io.pinpipe.bench.InsightsEngineBench [EVENTS]}.
 */
public final class InsightsEngineBench {

    private static final long[] MARKS = {10_000, 100_000, 1_000_000};

    private InsightsEngineBench() {
    }

    public static void main(String[] args) {
        System.out.println(Machine.describe());
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        var rows = encoded();
        var random = new Random(100);
        var when = Instant.parse("2026-01-01T00:00:00Z");
        long cpu = 0;
        int mark = 0;
        try (var engine = new InsightsEngine()) {
            long heapBefore = heap();
            for (long event = 1; event <= events; event++) {
                int id = random.nextInt(rows.size());
                long started = cpuNanos();
                for (var set : DataSet.values()) {
                    engine.accept(set, rows.get(id)[set.ordinal()], when);
                }
                cpu += cpuNanos() - started;
                if (mark < MARKS.length && event == MARKS[mark] || event == events) {
                    report(engine, event, cpu);
                    mark++;
                }
            }
            System.out.printf(Locale.ROOT, "heap after %,d events: %,d MB over the empty engine's%n", events,
                    (heap() - heapBefore) >> 20);
        }
    }

    private static void report(InsightsEngine engine, long events, long acceptNanos) {
        var times = new double[21];
        var cached = new double[21];
        for (int i = 0; i < times.length; i++) {
            // One new post that joins (an existing id, a new unique_id), so that the eight queries run again.
            engine.accept(DataSet.PIN, ("{\"index\":1,\"unique_id\":\"bench-" + events + "-" + i + "\","
                    + "\"follower_count\":\"1k\",\"category\":\"art\"}").getBytes(StandardCharsets.UTF_8),
                    Instant.now());
            long started = cpuNanos();
            engine.snapshot(List.of());
            times[i] = (cpuNanos() - started) / 1e6;
            started = cpuNanos();
            engine.snapshot(List.of());
            cached[i] = (cpuNanos() - started) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(cached);
        var status = engine.snapshot(List.of()).status();
        System.out.printf(Locale.ROOT, "%,10d events (%,d messages): accept %,.0f events/s; %,d joined, %,d duplicates;"
                        + " snapshot after a new joined row: median %.1f ms, max %.1f ms; with no new joined row:"
                        + " median %.2f ms%n", events, events * 3,
                events / (acceptNanos / 1e9), status.rowsJoined(), status.duplicates(), times[times.length / 2],
                times[times.length - 1], cached[cached.length / 2]);
    }

    /** Each sample row's three messages as the emulator writes them. */
    private static List<byte[][]> encoded() {
        var json = new RowJson(DateTimeStyle.ISO);
        var rows = new ArrayList<byte[][]>();
        for (int id = 0; id < SampleDataset.DEFAULT_ROWS; id++) {
            var three = new byte[3][];
            for (var table : SourceTable.values()) {
                three[table.ordinal()] = json.writeBytes(SandboxSource.expected(table, id));
            }
            rows.add(three);
        }
        return rows;
    }

    /** CPU time of this thread: on a shared machine, wall time would count the other processes' turns. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return memory.getUsed();
    }
}
