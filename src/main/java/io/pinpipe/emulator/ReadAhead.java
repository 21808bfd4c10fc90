package io.pinpipe.emulator;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads the next batches of events on threads of their own while the run sends the current one: at maximum
 * pace the database and the sink then work side by side rather than taking turns. With two batches ahead, two
 * queries are in flight, so the client's work on one overlaps the database's on the other (and a remote
 * database's round trips overlap too). Batches come back in the order they were asked for.
 */
final class ReadAhead implements AutoCloseable {

    private final SourceReader reader;
    private final RunControl control;
    private final Consumer<EmulatorEvent> prepare;
    private final int depth;
    private final ExecutorService threads;
    private final Queue<Future<Optional<List<EmulatorEvent>>>> pending = new ArrayDeque<>();

    /**
     * At most {@code depth} batches ahead, each on its own thread; {@code prepare} is called for each event read,
     * on the reading thread (see {@link EventSink#prepare}).
     */
    ReadAhead(SourceReader reader, RunControl control, Consumer<EmulatorEvent> prepare, int depth) {
        this.reader = reader;
        this.control = control;
        this.prepare = prepare;
        this.depth = depth;
        var number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(depth, runnable -> {
            var named = new Thread(runnable, "emulator-source-" + number.incrementAndGet());
            named.setDaemon(true);
            return named;
        });
    }

    /** Whether another batch may be asked for now. */
    boolean hasRoom() {
        return pending.size() < depth;
    }

    /** Starts reading {@code ids}. */
    void request(List<Integer> ids) {
        if (!hasRoom()) {
            throw new IllegalStateException(depth + " batches are being read already");
        }
        pending.add(threads.submit(() -> {
            var events = reader.read(ids);
            events.ifPresent(read -> read.forEach(prepare));
            return events;
        }));
    }

    boolean pending() {
        return !pending.isEmpty();
    }

    /** The oldest batch asked for; empty when the run was stopped while the database was away. */
    Optional<List<EmulatorEvent>> take() {
        try {
            return pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.stop();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Reading the source failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Waits a moment for reads in progress, so the source is not closed under them. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
