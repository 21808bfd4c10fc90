package io.pinpipe.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The broker JVM of one sandbox, recognised by pid and command line, whichever process started it. */
record BrokerProcess(ProcessHandle handle, SandboxFiles files) {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    static Optional<BrokerProcess> find(long pid, SandboxFiles files) {
        return ProcessHandle.of(pid).map(handle -> new BrokerProcess(handle, files)).filter(BrokerProcess::isAlive);
    }

    long pid() {
        return handle.pid();
    }

    /**
     * Alive and still our broker: a recycled pid runs another command line, and a zombie (an exited child
     * that nobody reaped, as under a container's init) has no command line at all.
     */
    boolean isAlive() {
        return handle.isAlive() && handle.info().commandLine()
                .filter(line -> line.contains(BrokerLauncher.MAIN_CLASS))
                .filter(line -> line.contains(files.propertiesFile().toString()))
                .isPresent();
    }

    /** SIGTERM for a clean shutdown, then a kill if it takes longer than {@code timeout}. */
    void stop(Duration timeout) {
        handle.destroy();
        if (awaitExit(timeout)) {
            return;
        }
        handle.destroyForcibly();
        if (!awaitExit(KILL_WAIT)) {
            throw new IllegalStateException("The sandbox broker (process " + pid() + ") does not stop, even when killed.");
        }
    }

    /** Kills at once: for a start that failed or was cancelled, where nothing is worth saving. */
    void kill() {
        // A cancelled start arrives here interrupted, and must still wait for the process to be gone.
        var interrupted = Thread.interrupted();
        try {
            handle.destroyForcibly();
            awaitExit(KILL_WAIT);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean awaitExit(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        try {
            while (isAlive()) {
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                waitForExit(Duration.ofMillis(50));
            }
            // Our own child is gone for good once this JVM reaps it, a moment later; a stranger's zombie never is.
            waitForExit(Duration.ofMillis(500));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped waiting for the sandbox broker (process " + pid() + ") to exit.");
        }
    }

    private void waitForExit(Duration timeout) throws InterruptedException {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still running, or a zombie: the caller decides.
        }
    }
}
