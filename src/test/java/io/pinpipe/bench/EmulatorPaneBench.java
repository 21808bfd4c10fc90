package io.pinpipe.bench;

import io.pinpipe.app.AppContext;
import io.pinpipe.app.PinpipeApp;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.PortRetry;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3 (bench/emulator-pane.sh): the whole app on its sandbox, the Emulator pane visible, a run at maximum
 * pace. Measures the gaps between JavaFX pulses (idle first, as the baseline, then while running) and the heap in
 * use after a full GC at each mark (default 1 and 5 million events). Not a test: a program that prints figures.
 */
public final class EmulatorPaneBench {

    private static final long IDLE_MILLIS = 10_000;

    private EmulatorPaneBench() {
    }

    public static void main(String[] args) throws Exception {
        var marks = args.length == 0 ? new long[]{100_000, 1_000_000, 5_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        var home = Files.createTempDirectory("pinpipe-bench");
        var paths = AppPaths.under(home);
        // Not 9092, which may be the user's own broker; the sandbox takes another port if this one is busy.
        try (var settings = new SettingsStore(paths.ensureExist().settingsFile())) {
            settings.update(s -> s.withLastPane("emulator").withStartSandboxOnOpen(true).withSandboxPort(PortRetry.candidate()));
        }
        Platform.startup(() -> { });
        var app = new PinpipeApp(() -> AppContext.create(paths, Platform::runLater));
        var stage = fx(() -> {
            var window = new Stage();
            app.start(window);
            return window;
        });
        var context = app.context();
        try {
            System.out.println("Waiting for the sandbox broker and sample database…");
            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (context.sandbox().bootstrap().isEmpty() || !context.services().sampleDatabase().status().ready()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The sandbox did not start within two minutes");
                }
                Thread.sleep(200);
            }
            var pulses = new PulseProbe();
            fx(() -> {
                pulses.start();
                return null;
            });
            Thread.sleep(IDLE_MILLIS);
            var idle = pulses.takeGaps();

            fx(() -> {
                @SuppressWarnings("unchecked")
                var pace = (ComboBox<Object>) stage.getScene().lookup("#emulator-pace");
                pace.getSelectionModel().select(pace.getItems().size() - 1);
                ((Button) stage.getScene().lookup("#emulator-start")).fire();
                return null;
            });
            var started = System.nanoTime();
            var heap = new ArrayList<String>();
            for (var mark : marks) {
                while (events(stage) < mark) {
                    Thread.sleep(250);
                }
                var seconds = (System.nanoTime() - started) / 1e9;
                heap.add(String.format(Locale.US, "%,d events after %.0f s: heap in use after GC %.1f MB", events(stage),
                        seconds, usedHeapAfterGc() / 1e6));
                System.out.println(heap.get(heap.size() - 1));
            }
            var running = pulses.takeGaps();
            var total = events(stage);
            var elapsed = (System.nanoTime() - started) / 1e9;
            fx(() -> {
                ((Button) stage.getScene().lookup("#emulator-stop")).fire();
                return null;
            });
            report(idle, running, heap, total, elapsed);
        } finally {
            fx(() -> {
                stage.close();
                return null;
            });
            app.stop();
            Platform.exit();
            // Millions of events leave gigabytes of broker log behind.
            EmulatorVsProducer.deleteQuietly(home);
        }
    }

    private static void report(List<Long> idle, List<Long> running, List<String> heap, long events, double seconds) {
        System.out.println();
        System.out.printf(Locale.US, "Machine: %d cores, Java %s, max heap %.0f MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.US, "Run: %,d events in %.0f s = %,.0f events/s at maximum pace, pane visible%n",
                events, seconds, events / seconds);
        System.out.printf(Locale.US, "Pulse gaps idle (baseline): %d pulses, p99 %.1f ms, longest %.1f ms%n",
                idle.size(), percentile(idle, 0.99) / 1e6, max(idle) / 1e6);
        System.out.printf(Locale.US, "Pulse gaps running:         %d pulses, p99 %.1f ms, longest %.1f ms%n",
                running.size(), percentile(running, 0.99) / 1e6, max(running) / 1e6);
        System.out.printf(Locale.US, "Ratios running/idle: p99 %.2f, longest %.2f%n",
                percentile(running, 0.99) / percentile(idle, 0.99), (double) max(running) / max(idle));
        heap.forEach(System.out::println);
    }

    private static long events(Stage stage) throws Exception {
        return fx(() -> Long.parseLong(((Label) stage.getScene().lookup("#emulator-events")).getTooltip().getText()
                .split(" ")[0].replace(",", "")));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double percentile(List<Long> gaps, double fraction) {
        return PulseProbe.percentile(gaps, fraction);
    }

    private static long max(List<Long> gaps) {
        return PulseProbe.max(gaps);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
