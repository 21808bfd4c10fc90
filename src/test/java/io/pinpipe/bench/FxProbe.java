package io.pinpipe.bench;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Asks the FX thread to run a no-op every 20 ms and keeps how long each took to get to it. */
final class FxProbe {

    private final List<Long> waitsNanos = new ArrayList<>();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::loop, "fx-probe");

    FxProbe start() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops and returns the longest wait and the 99th percentile, in milliseconds. */
    double[] stop() throws InterruptedException {
        running = false;
        thread.join();
        var sorted = waitsNanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new double[] {0, 0};
        }
        return new double[] {sorted.get(sorted.size() - 1) / 1e6, sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1e6};
    }

    private void loop() {
        while (running) {
            var asked = System.nanoTime();
            var ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                ran.await();
            } catch (InterruptedException e) {
                return;
            }
            waitsNanos.add(System.nanoTime() - asked);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
