package io.pinpipe.testing;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Asks the FX thread to run a no-op every 20 ms and keeps the longest time it took to get to it. */
public final class FxProbe {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread thread = new Thread(this::loop, "fx-probe");

    public void start() {
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running.set(false);
    }

    public Duration longest() {
        return Duration.ofNanos(longestNanos.get());
    }

    private void loop() {
        while (running.get()) {
            var asked = System.nanoTime();
            var ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            try {
                ran.await();
            } catch (InterruptedException e) {
                return;
            }
            longestNanos.accumulateAndGet(System.nanoTime() - asked, Math::max);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
