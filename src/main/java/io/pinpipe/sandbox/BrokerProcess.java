package io.pinpipe.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker JVM of one sandbox, whichever process started it, recognised by pid plus its command line (or,
 * where the OS hides the arguments, its start time).
 */
record BrokerProcess(ProcessHandle handle, SandboxFiles files, Instant startedAt) {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    static Optional<BrokerProcess> find(SandboxState state, SandboxFiles files) {
        return ProcessHandle.of(state.pid()).map(handle -> new BrokerProcess(handle, files, state.startedAt()))
                .filter(BrokerProcess::isAlive);
    }

    long pid() {
        return handle.pid();
    }

    /** Alive and still our broker, not a recycled pid nor a zombie. */
    boolean isAlive() {
        return handle.isAlive() && recognises(handle.info(), files, startedAt);
    }

    /**
     * A recycled pid runs another command line; a zombie (an exited child nobody reaped, as under some
     * containers' init) has no command line and no executable. Windows shows the executable but not the
     * arguments, so there the start time must match the one recorded at launch.
     */
    static boolean recognises(ProcessHandle.Info info, SandboxFiles files, Instant startedAt) {
        var commandLine = info.commandLine();
        if (commandLine.isPresent()) {
            return commandLine.get().contains(BrokerLauncher.MAIN_CLASS)
                    && commandLine.get().contains(files.propertiesFile().toString());
        }
        return info.command().filter(command -> command.matches("(?i).*java(\\.exe)?")).isPresent()
                && info.startInstant().filter(startedAt::equals).isPresent();
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
