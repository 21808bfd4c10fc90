package io.pinpipe.bench;

import io.pinpipe.app.AppContext;
import io.pinpipe.app.PinpipeApp;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.StartAt;
import io.pinpipe.insights.view.InsightsPane;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.workbench.Navigator;
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
import java.util.concurrent.atomic.AtomicReference;

/**
 * bench/insights.sh: the whole app on its sandbox, the Insights pane visible and reading the emulator's pipeline from
 * the beginning while the emulator runs at maximum pace, driven as a user would (prefix, From the beginning, Start).
 * Measures events read per second, how far each result shown is behind the newest event it includes, the time of
 * one snapshot's queries, the gaps between JavaFX pulses (the pane idle first, as the baseline, then reading) and
 * the heap in use after a full GC at each mark of events read (default 1 and 3 million). Not a test: a program that
 * prints figures.
 */
public final class InsightsBench {

    private static final long IDLE_MILLIS = 10_000;
    private static final long MARK_TIMEOUT_MINUTES = 10;
    /** BENCH_EMULATOR_RATE: the emulator at this many events per second instead of its maximum pace. */
    private static final String RATE = System.getenv("BENCH_EMULATOR_RATE");

    private InsightsBench() {
    }

    public static void main(String[] args) throws Exception {
        var marks = args.length == 0 ? new long[]{1_000_000, 3_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        var home = Files.createTempDirectory("pinpipe-bench");
        var paths = AppPaths.under(home);
        try (var settings = new SettingsStore(paths.ensureExist().settingsFile())) {
            settings.update(s -> s.withLastPane(InsightsPane.KEY).withStartSandboxOnOpen(true)
                    .withSandboxPort(PortRetry.candidate()));
        }
        System.out.println(Machine.describe());
        Platform.startup(() -> { });
        var insightsPane = new AtomicReference<InsightsPane>();
        var app = new PinpipeApp(() -> AppContext.create(paths, Platform::runLater), () -> {
            var panes = PinpipeApp.standardPanes();
            panes.stream().filter(InsightsPane.class::isInstance).findFirst()
                    .ifPresent(pane -> insightsPane.set((InsightsPane) pane));
            return panes;
        });
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
            var sandbox = Navigator.Target.connection(context.connections().localSandbox());
            var shown = ShownSnapshots.watch(insightsPane.get());
            var pulses = new PulseProbe();
            fx(() -> {
                app.navigator().show(InsightsPane.KEY, sandbox);
                pulses.start();
                return null;
            });
            Thread.sleep(IDLE_MILLIS);
            var idle = pulses.takeGaps();

            var prefix = startEmulator(app, stage, sandbox);
            var baseline = usedHeapAfterGc();
            shown.startedAt = java.time.Instant.now();
            startInsights(app, stage, sandbox, prefix);
            try (var queries = QuerySampler.of("insights-" + prefix); var gc = new GcPauses()) {
                var pauses = new ArrayList<GcPauses.Summary>();
                pulses.takeGaps();
                var reading = new ArrayList<Long>();
                var measured = new ArrayList<InsightsReport.Mark>();
                var started = System.nanoTime();
                var segment = started;
                long paused = 0; // forced GCs at the marks: not reading time, not pulse gaps
                for (var mark : marks) {
                    var markDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(MARK_TIMEOUT_MINUTES);
                    while (shown.eventsRead() < mark) {
                        if (System.nanoTime() > markDeadline) {
                            throw new IllegalStateException(String.format(Locale.US, "%,d events were not read within"
                                    + " %d minutes (%,d so far)", mark, MARK_TIMEOUT_MINUTES, shown.eventsRead()));
                        }
                        Thread.sleep(100);
                    }
                    var at = System.nanoTime();
                    reading.addAll(pulses.takeGaps());
                    pauses.add(gc.since(segment));
                    shown.measuring = false;
                    var snapshot = shown.latest();
                    var heap = usedHeapAfterGc();
                    measured.add(new InsightsReport.Mark(shown.eventsRead(), (at - started - paused) / 1e9, heap, backlog(snapshot),
                            shown.lastShownLag()));
                    System.out.printf(Locale.US, "%,d events read after %.0f s: heap in use after GC %.1f MB%n",
                            measured.get(measured.size() - 1).events(), measured.get(measured.size() - 1).seconds(),
                            heap / 1e6);
                    if (mark == marks[marks.length - 1]) {
                        System.out.println(histogram(20));
                    }
                    pulses.takeGaps();
                    shown.measuring = true;
                    paused += System.nanoTime() - at;
                    segment = System.nanoTime();
                }
                var last = shown.latest();
                fx(() -> {
                    ((Button) stage.getScene().lookup("#insights-stop")).fire();
                    app.navigator().show("emulator", sandbox);
                    ((Button) stage.getScene().lookup("#emulator-stop")).fire();
                    return null;
                });
                new InsightsReport(prefix, RATE == null ? "maximum pace" : RATE + " events/s", idle, reading,
                        pauses, shown.lags(), queries.millis(), baseline, measured, last).print();
            }
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

    /** Starts the emulator at maximum pace in its pane, as MessagesTailBench does; returns its prefix once running. */
    private static String startEmulator(PinpipeApp app, Stage stage, Navigator.Target sandbox) throws Exception {
        fx(() -> {
            app.navigator().show("emulator", sandbox);
            return null;
        });
        var prefix = fx(() -> ((javafx.scene.control.TextField) stage.getScene().lookup("#emulator-prefix")).getText());
        fx(() -> {
            @SuppressWarnings("unchecked")
            var pace = (ComboBox<Object>) stage.getScene().lookup("#emulator-pace");
            if (RATE == null) {
                pace.getSelectionModel().select(pace.getItems().size() - 1); // As fast as the sink takes
            } else {
                pace.getItems().stream().filter(kind -> kind.toString().equals("RATE")).findFirst()
                        .ifPresent(pace.getSelectionModel()::select);
                ((javafx.scene.control.TextField) stage.getScene().lookup("#emulator-rate")).setText(RATE);
            }
            ((Button) stage.getScene().lookup("#emulator-start")).fire();
            return null;
        });
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(() -> ((Label) stage.getScene().lookup("#emulator-state")).getText()).equals("Running")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The emulator did not start within a minute");
            }
            Thread.sleep(200);
        }
        Thread.sleep(1_000); // its three topics created
        return prefix;
    }

    /** Back to Insights: the emulator's prefix, From the beginning, Start. */
    private static void startInsights(PinpipeApp app, Stage stage, Navigator.Target sandbox, String prefix)
            throws Exception {
        fx(() -> {
            app.navigator().show(InsightsPane.KEY, sandbox);
            return null;
        });
        Thread.sleep(1_000); // the pane lists the connection's pipelines
        fx(() -> {
            @SuppressWarnings("unchecked")
            var from = (ComboBox<StartAt>) stage.getScene().lookup("#insights-from");
            from.setValue(StartAt.BEGINNING);
            @SuppressWarnings("unchecked")
            var pick = (ComboBox<String>) stage.getScene().lookup("#insights-prefix");
            pick.setValue(prefix);
            pick.getEditor().setText(prefix);
            ((Button) stage.getScene().lookup("#insights-start")).fire();
            return null;
        });
    }

    /** Messages each topic held beyond what the snapshot had read, as it knew their ends. */
    private static java.util.Map<String, Long> backlog(InsightsSnapshot snapshot) {
        var backlog = new java.util.TreeMap<String, Long>();
        if (snapshot != null) {
            snapshot.status().offsets().forEach(o -> backlog.merge(o.topic(), Math.max(0, o.end() - o.next()),
                    Long::sum));
        }
        return backlog;
    }

    /** The classes holding most of the heap (a full GC first), as {@code jcmd PID GC.class_histogram} prints them. */
    private static String histogram(int lines) {
        try {
            var text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{null}, new String[]{String[].class.getName()});
            return "Classes holding most of the heap:\n" + String.join("\n",
                    text.lines().limit(lines + 2).toList());
        } catch (javax.management.JMException e) {
            return "No class histogram: " + e.getMessage();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
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
