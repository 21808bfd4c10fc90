package io.pinpipe.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads the next batch of events on a thread of its own while the run sends the current one: at maximum pace
 * the database and the sink then work side by side rather than taking turns.
 */
final class ReadAhead implements AutoCloseable {

    private final SourceReader reader;
    private final RunControl control;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        var named = new Thread(runnable, "emulator-source");
        named.setDaemon(true);
        return named;
    });
    private Future<Optional<List<EmulatorEvent>>> next;

    ReadAhead(SourceReader reader, RunControl control) {
        this.reader = reader;
        this.control = control;
    }

    /** Starts reading {@code ids}; at most one batch is read ahead at a time. */
    void request(List<Integer> ids) {
        if (next != null) {
            throw new IllegalStateException("A batch is being read already");
        }
        next = thread.submit(() -> reader.read(ids));
    }

    boolean pending() {
        return next != null;
    }

    /** The batch asked for last; empty when the run was stopped while the database was away. */
    Optional<List<EmulatorEvent>> take() {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.stop();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Reading the source failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            next = null;
        }
    }

    /** Waits a moment for a read in progress, so the source is not closed under it. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
