package io.pinpipe.emulator;

/**
 * The pause and stop requests of one run, and the waits that honour them: any thread asks, the run's thread
 * waits on the same monitor so a request wakes it at once rather than after a pacing pause.
 */
final class RunControl {

    enum Wake { DUE, PAUSED, STOPPED }

    private boolean paused;
    private boolean stopRequested;

    synchronized void pause() {
        paused = true;
        notifyAll();
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    synchronized void stop() {
        stopRequested = true;
        notifyAll();
    }

    synchronized boolean paused() {
        return paused && !stopRequested;
    }

    /** Blocks while paused; returns how long it did, or -1 when stopped. */
    synchronized long awaitUnpaused() {
        var pausedAt = System.nanoTime();
        while (paused && !stopRequested) {
            waitFor(0);
        }
        return stopRequested ? -1 : System.nanoTime() - pausedAt;
    }

    /** Sleeps until the deadline, a stop or (when asked) a pause, whichever comes first. */
    synchronized Wake sleepUntil(long deadlineNanos, boolean wakeOnPause) {
        while (true) {
            if (stopRequested) {
                return Wake.STOPPED;
            }
            if (wakeOnPause && paused) {
                return Wake.PAUSED;
            }
            var left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return Wake.DUE;
            }
            waitFor(Math.max(1, left / 1_000_000));
        }
    }

    /** An interrupt of the run's thread is taken as a stop, so the run still flushes and accounts. */
    private void waitFor(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopRequested = true;
        }
    }
}
