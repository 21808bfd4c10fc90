package io.pinpipe.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Forks the sandbox broker and waits until it answers as itself. Between the port check and the broker's bind,
 * another program (another sandbox starting at the same moment, say) can take the port: then the broker dies of
 * it or a stranger answers there, and the start goes on on another free port, and says so.
 */
final class BrokerStart {

    /** Moves to another port before giving up: one is a race, four in a row is something else. */
    static final int MAX_MOVES = 3;

    private static final Logger log = LoggerFactory.getLogger(BrokerStart.class);

    /** This attempt's port went to {@code taker}; {@code failure} is what to throw when no move is left. */
    private static final class PortTaken extends Exception {
        final SandboxStartException failure;
        final String taker;
        final boolean controllerPort;

        PortTaken(SandboxStartException failure, String taker, boolean controllerPort) {
            super(null, null, false, false);
            this.failure = failure;
            this.taker = taker;
            this.controllerPort = controllerPort;
        }
    }

    private final SandboxFiles files;
    private final SandboxOptions options;
    private final BrokerLauncher launcher;
    private final BrokerStorage storage;

    BrokerStart(SandboxFiles files, SandboxOptions options, BrokerLauncher launcher, BrokerStorage storage) {
        this.files = files;
        this.options = options;
        this.launcher = launcher;
        this.storage = storage;
    }

    SandboxStarted run(Instant began, StartProgress progress, BooleanSupplier cancelled) {
        var choice = PortPicker.preferring(options.preferredPort());
        var notes = new ArrayList<String>(choice.note().stream().toList());
        var port = choice.port();
        for (var moves = 0; ; moves++) {
            var broker = new BrokerProperties(files.dataDir(), port, controllerPort(port));
            try {
                var child = attempt(broker, progress, cancelled);
                var took = Duration.between(began, Instant.now());
                log.info("Sandbox broker {} answers on {} after {} ms", child.pid(), broker.bootstrap(), took.toMillis());
                progress.update(1.0, "Sandbox broker running on " + broker.bootstrap());
                var note = notes.isEmpty() ? Optional.<String>empty() : Optional.of(String.join(" ", notes));
                return new SandboxStarted(broker.bootstrap(), child.pid(), child.startedAt(), note, false, took);
            } catch (PortTaken taken) {
                if (moves == MAX_MOVES) {
                    throw taken.failure;
                }
                if (taken.controllerPort) {
                    // Only the controller's own port went: the clients keep theirs, and need not hear of it.
                    log.warn("Sandbox broker start: port {} was taken by {}; starting again", broker.controllerPort(),
                            taken.taker);
                    continue;
                }
                var next = PortPicker.replacing(port, taken.taker);
                var note = next.note().orElseThrow();
                log.warn("Sandbox broker start: {}", note);
                notes.add(note);
                progress.update(0.25, note);
                port = next.port();
            }
        }
    }

    /**
     * One fork on one port: returns the broker once it answers as itself, or leaves nothing behind. Each broker
     * gets the whole start timeout, since each is a JVM that starts from nothing.
     */
    private BrokerProcess attempt(BrokerProperties broker, StartProgress progress, BooleanSupplier cancelled)
            throws PortTaken {
        Optional<String> formatWith;
        try {
            broker.writeTo(files.propertiesFile());
            formatWith = storage.isFormatted() ? Optional.empty() : Optional.of(storage.clusterId());
        } catch (UncheckedIOException e) {
            throw new SandboxStartException(StartFailure.DISK, e.getMessage(), List.of(), e);
        }
        var tail = BrokerLogTail.markedNow(files);
        Process process;
        try {
            process = launcher.launch(files, formatWith);
        } catch (IOException e) {
            throw new SandboxStartException(StartFailure.JAVA, "Cannot run " + launcher.javaExecutable() + ": "
                    + e.getMessage(), tail.lines(), e);
        }
        var state = new SandboxState(process.pid(), broker.port(), broker.bootstrap(),
                process.toHandle().info().startInstant().orElse(Instant.now()));
        var child = new BrokerProcess(process.toHandle(), files, state.startedAt());
        try {
            // Written before the wait, so another process sees (and can stop) a broker whose starter died.
            state.write(files.stateFile());
            new StartWatch(child, () -> exitCode(process), progress, cancelled)
                    .awaitAnswer(broker.port(), storage, options.startTimeout());
            return child;
        } catch (StartWatch.Died e) {
            abandon(child, state);
            var failure = BrokerFailure.exited(e.exitCode.orElse(-1), tail.lines(), broker, files);
            if (failure.reason() == StartFailure.PORT_IN_USE) {
                throw new PortTaken(failure, "another program", BrokerFailure.controllerPortTaken(failure.logTail(), broker));
            }
            throw failure;
        } catch (StartWatch.Foreign e) {
            abandon(child, state);
            // Only thrown once no move is left, so this port was the last of them.
            throw new PortTaken(new SandboxStartException(StartFailure.PORT_IN_USE, "Port " + broker.port()
                    + ", the last of " + (MAX_MOVES + 1) + " ports tried, was taken by another Kafka broker (cluster "
                    + e.clusterId + ") before the sandbox broker could open it. Start the sandbox again once the other "
                    + "brokers run.", tail.lines(), null), "another broker", false);
        } catch (StartWatch.TimedOut e) {
            abandon(child, state);
            throw BrokerFailure.timedOut(options.startTimeout(), tail.lines(), files);
        } catch (RuntimeException | Error e) {
            abandon(child, state);
            throw e;
        }
    }

    /** A start that failed leaves nothing behind: no process, no state file. */
    private void abandon(BrokerProcess child, SandboxState state) {
        child.kill();
        state.deleteIfCurrent(files.stateFile());
        log.warn("Sandbox broker start abandoned; its log is {}", files.brokerLog());
    }

    private static int controllerPort(int clientPort) {
        var port = PortPicker.anyFree();
        return port != clientPort ? port : PortPicker.anyFree();
    }

    private static OptionalInt exitCode(Process process) {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
