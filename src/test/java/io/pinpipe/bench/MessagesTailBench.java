package io.pinpipe.bench;

import io.pinpipe.app.AppContext;
import io.pinpipe.app.PinpipeApp;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.workbench.Navigator;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.regex.Pattern;

/**
 * bench/messages-tail.sh: the whole app on its sandbox, the Messages pane visible and tailing the emulator's posts
 * topic (Live) while the emulator runs at maximum pace. Measures the gaps between JavaFX pulses (the Messages pane
 * idle first, as the baseline, then while tailing) and the heap in use after a full GC at each mark of messages the
 * tail has read (default 100,000, 1 and 5 million). Not a test: a program that prints figures.
 */
public final class MessagesTailBench {

    private static final long IDLE_MILLIS = 10_000;
    private static final Pattern READ = Pattern.compile("Read ([\\d,]+)");
    private static final Pattern RATE = Pattern.compile("([\\d,]+) msg/s");

    private MessagesTailBench() {
    }

    public static void main(String[] args) throws Exception {
        var marks = args.length == 0 ? new long[]{100_000, 1_000_000, 5_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        var home = Files.createTempDirectory("pinpipe-bench");
        var paths = AppPaths.under(home);
        try (var settings = new SettingsStore(paths.ensureExist().settingsFile())) {
            settings.update(s -> s.withLastPane("messages").withStartSandboxOnOpen(true)
                    .withSandboxPort(PortRetry.candidate()));
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
            var sandbox = Navigator.Target.connection(context.connections().localSandbox());
            var pulses = new PulseProbe();
            fx(() -> {
                app.navigator().show("messages", sandbox);
                pulses.start();
                return null;
            });
            Thread.sleep(IDLE_MILLIS);
            var idle = pulses.takeGaps();

            // The emulator at maximum pace, started in its pane; then back to Messages, tailing its posts topic.
            fx(() -> {
                app.navigator().show("emulator", sandbox);
                return null;
            });
            var prefix = fx(() -> ((TextField) stage.getScene().lookup("#emulator-prefix")).getText());
            fx(() -> {
                @SuppressWarnings("unchecked")
                var pace = (ComboBox<Object>) stage.getScene().lookup("#emulator-pace");
                pace.getSelectionModel().select(pace.getItems().size() - 1);
                ((Button) stage.getScene().lookup("#emulator-start")).fire();
                return null;
            });
            var topic = prefix + ".pin";
            var topicDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!fx(() -> ((Label) stage.getScene().lookup("#emulator-state")).getText()).equals("Running")) {
                if (System.nanoTime() > topicDeadline) {
                    throw new IllegalStateException("The emulator did not start within a minute");
                }
                Thread.sleep(200);
            }
            fx(() -> {
                app.navigator().show("messages", sandbox.topic(topic));
                return null;
            });
            Thread.sleep(2_000); // the topic's partitions read
            fx(() -> {
                @SuppressWarnings("unchecked")
                var kind = (ComboBox<Object>) stage.getScene().lookup("#messages-start-kind");
                kind.getSelectionModel().select(kind.getItems().size() - 1); // Live
                ((Button) stage.getScene().lookup("#messages-run")).fire();
                return null;
            });
            pulses.takeGaps();
            var started = System.nanoTime();
            var heap = new ArrayList<String>();
            var rates = new ArrayList<Long>();
            for (var mark : marks) {
                while (read(stage) < mark) {
                    Thread.sleep(250);
                    rates.add(rate(stage));
                }
                var seconds = (System.nanoTime() - started) / 1e9;
                heap.add(String.format(Locale.US, "%,d messages tailed after %.0f s: heap in use after GC %.1f MB",
                        read(stage), seconds, usedHeapAfterGc() / 1e6));
                System.out.println(heap.get(heap.size() - 1));
            }
            var tailing = pulses.takeGaps();
            var total = read(stage);
            var elapsed = (System.nanoTime() - started) / 1e9;
            var rows = fx(() -> ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#messages-table"))
                    .getItems().size());
            fx(() -> {
                ((Button) stage.getScene().lookup("#messages-run")).fire();
                app.navigator().show("emulator", sandbox);
                ((Button) stage.getScene().lookup("#emulator-stop")).fire();
                return null;
            });
            System.out.println();
            System.out.printf(Locale.US, "Machine: %d cores, Java %s, max heap %.0f MB%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / 1e6);
            System.out.printf(Locale.US, "Tail: %,d messages of %s in %.0f s = %,.0f msg/s (pane's rate: median %,d, "
                    + "highest %,d msg/s); %,d rows in the table%n", total, topic, elapsed, total / elapsed,
                    Math.round(Median.of(rates.stream().map(Long::doubleValue).toList())), rates.stream().mapToLong(Long::longValue).max().orElse(0), rows);
            System.out.printf(Locale.US, "Pulse gaps idle (baseline): %d pulses, p99 %.1f ms, longest %.1f ms%n",
                    idle.size(), percentile(idle, 0.99) / 1e6, max(idle) / 1e6);
            System.out.printf(Locale.US, "Pulse gaps tailing:         %d pulses, p99 %.1f ms, longest %.1f ms%n",
                    tailing.size(), percentile(tailing, 0.99) / 1e6, max(tailing) / 1e6);
            System.out.printf(Locale.US, "Ratios tailing/idle: p99 %.2f, longest %.2f%n",
                    percentile(tailing, 0.99) / percentile(idle, 0.99), (double) max(tailing) / max(idle));
            heap.forEach(System.out::println);
        } finally {
            fx(() -> {
                stage.close();
                return null;
            });
            app.stop();
            Platform.exit();
            EmulatorVsProducer.deleteQuietly(home);
        }
    }

    private static long read(Stage stage) throws Exception {
        var m = READ.matcher(line(stage));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static long rate(Stage stage) throws Exception {
        var m = RATE.matcher(line(stage));
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static String line(Stage stage) throws Exception {
        return fx(() -> ((Label) stage.getScene().lookup("#messages-progress-line")).getText());
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
