package io.pinpipe.testing;

import javafx.application.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Asks the FX thread to run a no-op every 20 ms and keeps how long each took to get to it. */
public final class FxProbe {

    /** How long the FX thread kept the probe waiting: the longest wait, the 99th percentile, how many asks. */
    public record Waits(Duration longest, Duration p99, long samples) {
    }

    private static final long GIVE_UP_SECONDS = 5;

    private final List<Long> waitsNanos = new ArrayList<>();
    private final Thread thread = new Thread(this::loop, "fx-probe");
    private volatile boolean running = true;

    public FxProbe start() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops asking and gives the waits so far. */
    public Waits stop() throws InterruptedException {
        running = false;
        thread.join();
        return waits();
    }

    public Duration longest() {
        return waits().longest();
    }

    public Waits waits() {
        List<Long> sorted;
        synchronized (waitsNanos) {
            sorted = waitsNanos.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return new Waits(Duration.ZERO, Duration.ZERO, 0);
        }
        var p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * 0.99)));
        return new Waits(Duration.ofNanos(sorted.get(sorted.size() - 1)), Duration.ofNanos(p99), sorted.size());
    }

    private void loop() {
        while (running) {
            var asked = System.nanoTime();
            var ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                ran.await(GIVE_UP_SECONDS, TimeUnit.SECONDS);
                synchronized (waitsNanos) {
                    waitsNanos.add(System.nanoTime() - asked);
                }
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
