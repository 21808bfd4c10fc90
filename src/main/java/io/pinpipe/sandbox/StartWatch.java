package io.pinpipe.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Follows a broker JVM from fork to its first answer, reporting each step and noticing death or cancellation.
 * Only an answer with the cluster id of its own storage counts: the port may have gone to another broker.
 */
final class StartWatch {

    /** The broker stopped before it answered; the exit code is known only for a process we forked ourselves. */
    static final class Died extends Exception {
        final OptionalInt exitCode;

        Died(OptionalInt exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /** Another broker answers on the port, so this one cannot have it: it dies of that, or is about to. */
    static final class Foreign extends Exception {
        final String clusterId;

        Foreign(String clusterId) {
            super(null, null, false, false);
            this.clusterId = clusterId;
        }
    }

    /** The broker did not answer in time. */
    static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private enum Step {
        FORMATTING(0.15, "Formatting storage"),
        STARTING(0.3, "Starting broker"),
        ANSWERING(0.7, "Waiting for the broker to answer");

        final double fraction;
        final String message;

        Step(double fraction, String message) {
            this.fraction = fraction;
            this.message = message;
        }
    }

    private final BooleanSupplier alive;
    private final CompletableFuture<?> exited;
    private final Supplier<OptionalInt> exitCode;
    private final StartProgress progress;
    private final BooleanSupplier cancelled;

    StartWatch(BrokerProcess broker, Supplier<OptionalInt> exitCode, StartProgress progress, BooleanSupplier cancelled) {
        this(broker::isAlive, broker.handle().onExit(), exitCode, progress, cancelled);
    }

    /** @param exited completes when the process exits, to wake the wait at once */
    StartWatch(BooleanSupplier alive, CompletableFuture<?> exited, Supplier<OptionalInt> exitCode, StartProgress progress,
               BooleanSupplier cancelled) {
        this.alive = alive;
        this.exited = exited;
        this.exitCode = exitCode;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Returns once the broker on {@code port} has the cluster id of {@code storage} and the process still runs. */
    void awaitAnswer(int port, BrokerStorage storage, Duration timeout) throws Died, Foreign, TimedOut {
        var deadline = Instant.now().plus(timeout);
        var step = storage.isFormatted() ? Step.STARTING : Step.FORMATTING;
        progress.update(step.fraction, step.message);
        try (var answers = new BrokerAnswers(port)) {
            while (true) {
                checkCancelled();
                if (!alive.getAsBoolean()) {
                    throw new Died(exitCode.get());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new TimedOut();
                }
                var answered = step == Step.ANSWERING ? answers.clusterId() : Optional.<String>empty();
                if (answered.isPresent()) {
                    acceptOnlyOwn(answered.get(), storage);
                    return;
                }
                var next = switch (step) {
                    case FORMATTING -> storage.isFormatted() ? Step.STARTING : step;
                    case STARTING -> answers.listening() ? Step.ANSWERING : step;
                    case ANSWERING -> step;
                };
                if (next != step) {
                    step = next;
                    progress.update(step.fraction, step.message);
                } else {
                    pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The sandbox start was cancelled.");
        }
    }

    private void acceptOnlyOwn(String answered, BrokerStorage storage) throws Foreign, Died {
        if (storage.ownClusterId().filter(answered::equals).isEmpty()) {
            throw new Foreign(answered);
        }
        // Its answer came from the port; its process may still have died since, or be dying of a bind failure.
        if (!alive.getAsBoolean()) {
            throw new Died(exitCode.get());
        }
    }

    private void checkCancelled() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The sandbox start was cancelled.");
        }
    }

    /** Waits a little, waking at once if the broker exits. */
    private void pause() throws InterruptedException {
        try {
            exited.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // The usual case: still starting.
        }
    }
}
