package io.pinpipe.cli;

import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.RunSummary;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the engine to its end with a progress line each second; Ctrl-C stops it cleanly rather than killing it. */
final class EmulateRun {

    private static final long SHUTDOWN_GRACE_SECONDS = 60;

    private final EmulatorEngine engine;
    private final PrintWriter err;

    EmulateRun(EmulatorEngine engine, PrintWriter err) {
        this.engine = engine;
        this.err = err;
    }

    /** Runs to the end, then hands the summary to {@code report} while a Ctrl-C still waits for it. */
    RunSummary run(Consumer<RunSummary> report) {
        var ended = new CountDownLatch(1);
        var onInterrupt = new Thread(() -> {
            engine.stop();
            awaitQuietly(ended);
        }, "emulate-shutdown");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        var ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "emulate-progress");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ticker.scheduleAtFixedRate(() -> EmulateReport.progress(err, engine.stats(), engine.state()), 1, 1, TimeUnit.SECONDS);
            engine.start();
            var summary = engine.finished().join();
            ticker.shutdownNow();
            EmulateReport.progress(err, summary.stats(), engine.state());
            report.accept(summary);
            return summary;
        } finally {
            ticker.shutdownNow();
            ended.countDown();
            removeHook(onInterrupt);
        }
    }

    /** The summary is printed by the command's thread; the hook keeps the JVM alive until then. */
    private static void awaitQuietly(CountDownLatch ended) {
        try {
            ended.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting because of Ctrl-C: the hook is running and ends once the latch is counted down.
        }
    }
}
