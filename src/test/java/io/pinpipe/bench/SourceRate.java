package io.pinpipe.bench;

import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorListener;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.IdSampler;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SourceSettings;

import java.time.Duration;

/** Events per second the engine gets out of a source at maximum pace for a while, the sink taking everything at once. */
final class SourceRate {

    private SourceRate() {
    }

    static double measure(SourceSettings settings, Duration duration, long seed) throws Exception {
        var stats = new EmulatorStats("bench");
        var engine = new EmulatorEngine(RowSource.open(settings), new CountingSink(stats), stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.Within(duration), seed), EmulatorListener.NONE);
        engine.start();
        var summary = engine.finished().get();
        if (summary.stats().failed() > 0 || summary.stats().events() == 0) {
            throw new IllegalStateException("The source run went wrong: " + summary.stats());
        }
        return summary.stats().events() / (summary.elapsed().toNanos() / 1e9);
    }

    /** For a quick look at the sandbox source alone: {@code PINPIPE_HOME=... java ... SourceRate 10}. */
    public static void main(String[] args) throws Exception {
        var database = new io.pinpipe.sandbox.SampleDatabase(io.pinpipe.settings.AppPaths.fromEnvironment());
        database.ensureCreated(io.pinpipe.sandbox.LoadProgress.NONE, () -> false);
        var seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (int round = 0; round < 3; round++) {
            System.out.printf(java.util.Locale.ROOT, "%.0f events/s%n",
                    measure(SourceSettings.sandbox(database), Duration.ofSeconds(seconds), IdSampler.DEFAULT_SEED + round));
        }
        System.exit(0);
    }
}
