package io.pinpipe.bench;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorListener;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.KafkaSink;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.settings.AppPaths;

import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

/**
 * One emulator run at maximum pace, in a JVM of its own: the sandbox sample database (PINPIPE_HOME) to the
 * broker, N events. Prints {@code RESULT records=... failed=... seconds=...}; the time runs from the start of
 * the run to the last acknowledgement (the sink's flush and close included), as ProducerPerformance's does;
 * the steady state leaves out the first warm-up records (JIT compilation of H2, Jackson and the client).
 */
public final class EmulatorMaxPace {

    private EmulatorMaxPace() {
    }

    public static void main(String[] args) throws Exception {
        var bootstrap = args[0];
        var prefix = args[1];
        var events = Long.parseLong(args[2]);
        var warmupRecords = Long.parseLong(args[3]);
        var database = new SampleDatabase(AppPaths.fromEnvironment());
        var stats = new EmulatorStats(prefix);
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        var engine = new EmulatorEngine(RowSource.open(SourceSettings.sandbox(database)),
                new KafkaSink(properties, prefix, new RowJson(DateTimeStyle.ISO), stats), stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.Count(events), IdSampler.DEFAULT_SEED),
                EmulatorListener.NONE);
        var started = System.nanoTime();
        engine.start();
        // Steady state begins when the warm-up records have been handed to the producer, as in ProducerPerformance.
        long steadyFrom = 0;
        long sentThen = 0;
        while (!engine.finished().isDone()) {
            var sent = engine.stats().sent();
            if (steadyFrom == 0 && sent >= warmupRecords) {
                steadyFrom = System.nanoTime();
                sentThen = sent;
            }
            LockSupport.parkNanos(1_000_000);
        }
        var summary = engine.finished().get();
        var ended = started + summary.elapsed().toNanos();
        System.out.printf(Locale.ROOT, "RESULT records=%d failed=%d seconds=%.3f steadyRecords=%d steadySeconds=%.3f%n",
                summary.stats().acked(), summary.stats().failed(), summary.elapsed().toNanos() / 1e9,
                summary.stats().acked() - sentThen, (ended - steadyFrom) / 1e9);
        System.exit(0);
    }
}
