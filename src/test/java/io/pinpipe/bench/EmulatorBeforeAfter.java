package io.pinpipe.bench;

import io.pinpipe.bench.EmulatorVsProducer.Rates;
import io.pinpipe.emulator.SourceTable;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The emulator against an earlier build of itself: the same benchmark run as {@link EmulatorVsProducer}'s
 * emulator side, alternating two builds of the app's classes in fresh JVMs against one warm broker. On a
 * machine whose speed moves by a third from minute to minute, this is how to tell whether a change helped.
 * Arguments: the earlier build's classes folder, then the current one's.
 */
public final class EmulatorBeforeAfter {

    private EmulatorBeforeAfter() {
    }

    public static void main(String[] args) throws Exception {
        var events = Integer.parseInt(System.getenv().getOrDefault("BENCH_EVENTS", "1000000"));
        var rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3"));
        var records = events * SourceTable.values().length;
        var warmup = records * 3 / 10;
        var builds = List.of(args[0], args[1]);
        try (var sandbox = BenchSandbox.start()) {
            var work = sandbox.work();
            var home = sandbox.home();
            var bootstrap = sandbox.bootstrap();
            System.out.printf(Locale.ROOT, "%d events = %d records per run, steady state after the first %d; before: %s, after: %s%n",
                    events, records, warmup, builds.get(0), builds.get(1));
            EmulatorVsProducer.createTopics(bootstrap, "warmup", "unused-warmup");
            EmulatorVsProducer.emulatorRun(work, home, bootstrap, "warmup", events, records, warmup, classPath(builds.get(1)));
            var rates = List.of(new ArrayList<Rates>(), new ArrayList<Rates>());
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < 2; i++) {
                    // Alternate who goes first, as in benchmark 1.
                    var build = round % 2 == 1 ? i : 1 - i;
                    var prefix = "round" + round + "-build" + build;
                    EmulatorVsProducer.createTopics(bootstrap, prefix, prefix + "-unused");
                    rates.get(build).add(EmulatorVsProducer.emulatorRun(work, home, bootstrap, prefix, events, records,
                            warmup, classPath(builds.get(build))));
                }
                System.out.printf(Locale.ROOT, "round %d: before %.0f records/s (steady %.0f), after %.0f (steady %.0f)%n", round,
                        rates.get(0).get(round - 1).whole(), rates.get(0).get(round - 1).steady(),
                        rates.get(1).get(round - 1).whole(), rates.get(1).get(round - 1).steady());
            }
            report("whole run", rates, Rates::whole);
            report("steady state", rates, Rates::steady);
        }
    }

    private static void report(String what, List<ArrayList<Rates>> rates, java.util.function.ToDoubleFunction<Rates> measure) {
        var before = Median.of(rates.get(0).stream().map(measure::applyAsDouble).toList());
        var after = Median.of(rates.get(1).stream().map(measure::applyAsDouble).toList());
        System.out.printf(Locale.ROOT, "RESULT %s (median): before %.0f records/s, after %.0f records/s, after/before %.2f%n",
                what, before, after, after / before);
    }

    /** That build's classes first, then this build's test classes (the benchmark) and libraries. */
    private static String classPath(String classes) {
        var own = System.getProperty("java.class.path").split(File.pathSeparator);
        var path = new ArrayList<String>();
        path.add(classes);
        for (var entry : own) {
            if (!entry.endsWith("target/classes") && !entry.endsWith("target/classes/")) {
                path.add(entry);
            }
        }
        return String.join(File.pathSeparator, path);
    }
}
