package io.pinpipe.emulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.stream.IntStream;
import java.util.concurrent.CompletableFuture;

/**
 * One run: source, then pacing, then sink, on a daemon thread of its own. Owns the source and the sink and
 * closes both when the run ends. Start once; pause, resume and stop from any thread.
 */
public final class EmulatorEngine {

    private static final Logger log = LoggerFactory.getLogger(EmulatorEngine.class);
    // At most this many ids per query: fewer, larger queries at maximum pace, still a fraction of a second of events.
    private static final int READ_AHEAD = 500;

    private final RowSource source;
    private final EventSink sink;
    private final EmulatorStats stats;
    private final EmulatorSettings settings;
    private final EmulatorListener listener;
    private final CompletableFuture<RunSummary> finished = new CompletableFuture<>();
    private final RunControl control = new RunControl();
    private Thread thread;
    private volatile EmulatorState state = new EmulatorState.Idle();

    public EmulatorEngine(RowSource source, EventSink sink, EmulatorStats stats, EmulatorSettings settings,
                          EmulatorListener listener) {
        this.source = source;
        this.sink = sink;
        this.stats = stats;
        this.settings = settings;
        this.listener = listener;
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("This run has been started already; make a new engine for another");
        }
        thread = new Thread(this::run, "emulator");
        thread.setDaemon(true);
        thread.start();
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Ends the run after the current event; what is in flight is flushed and counted before Finished. */
    public void stop() {
        control.stop();
    }

    public EmulatorState state() {
        return state;
    }

    public StatsSnapshot stats() {
        return stats.snapshot();
    }

    /** Completes with the summary once the run is Finished or Failed (never exceptionally). */
    public CompletableFuture<RunSummary> finished() {
        return finished;
    }

    private void run() {
        var started = System.nanoTime();
        var loop = new RunLoop(started);
        String failure = null;
        try {
            loop.run();
        } catch (RuntimeException e) {
            log.warn("The emulator run failed", e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        changeTo(new EmulatorState.Stopping());
        try {
            sink.flush();
        } catch (RuntimeException e) {
            log.warn("Flushing the sink failed", e);
            failure = failure == null ? "Flushing failed: " + e.getMessage() : failure;
        } finally {
            sink.close();
            source.close();
        }
        var summary = new RunSummary(stats.snapshot(), Duration.ofNanos(System.nanoTime() - started));
        log.info("Emulator run ended after {} events: {}", summary.stats().events(), summary.stats().topics());
        changeTo(failure == null ? new EmulatorState.Finished(summary) : new EmulatorState.Failed(failure, summary));
        finished.complete(summary);
    }

    private void changeTo(EmulatorState next) {
        state = next;
        listener.stateChanged(next);
    }

    /** The loop's own bookkeeping: paused time does not count towards the pace or a duration limit. */
    private final class RunLoop {
        private final long startNanos;
        private long pausedNanos;
        private long dueNanos;
        private long events;
        private long requested;

        RunLoop(long startNanos) {
            this.startNanos = startNanos;
        }

        void run() {
            changeTo(new EmulatorState.Running());
            var sampler = new IdSampler(settings.seed(), source.rowCount());
            var ahead = new ArrayDeque<EmulatorEvent>();
            try (var reads = new ReadAhead(new SourceReader(source, control, EmulatorEngine.this::changeTo), control,
                    sink::prepare, readDepth())) {
                requestNext(reads, sampler);
                while (!limitReached() && awaitDue()) {
                    if (ahead.isEmpty()) {
                        if (!reads.pending()) {
                            return;
                        }
                        var read = reads.take();
                        if (read.isEmpty()) {
                            return;
                        }
                        ahead.addAll(read.get());
                        requestNext(reads, sampler);
                    }
                    var event = ahead.poll();
                    stats.sampled(event);
                    listener.sampled(event);
                    sink.send(event);
                    events++;
                }
            }
        }

        /** The next batches of ids go to the readers at once; never past a count limit, so the ids stay the same. */
        private void requestNext(ReadAhead reads, IdSampler sampler) {
            var size = batchSize();
            while (size > 0 && reads.hasRoom()) {
                reads.request(IntStream.range(0, size).mapToObj(i -> sampler.next()).toList());
                requested += size;
                size = batchSize();
            }
        }

        /**
         * Two batches ahead when reading many ids from a database that works in another process, so its work and
         * ours overlap; one ahead otherwise (in process, a second reader only takes CPU from the sink and the
         * window; one event at a time, one ahead is fresh enough).
         */
        private int readDepth() {
            return settings.pacing().idsPerRead(READ_AHEAD) > 1 && !source.inProcess() ? 2 : 1;
        }

        /** About a tenth of a second's worth of ids per read; none once a count limit has them all. */
        private int batchSize() {
            var size = settings.pacing().idsPerRead(READ_AHEAD);
            if (settings.limit() instanceof Limit.Count count) {
                return (int) Math.max(0, Math.min(size, count.events() - requested));
            }
            return size;
        }

        private boolean limitReached() {
            return settings.limit().reached(events, Duration.ofNanos(System.nanoTime() - startNanos - pausedNanos));
        }

        /** Waits for the next event's time, pausing as asked; false when stopped or the limit came meanwhile. */
        private boolean awaitDue() {
            dueNanos = settings.pacing().dueNanos(events, dueNanos);
            while (true) {
                if (!awaitUnpaused()) {
                    return false;
                }
                var outcome = control.sleepUntil(startNanos + pausedNanos + dueNanos, true);
                if (outcome == RunControl.Wake.STOPPED) {
                    return false;
                }
                if (outcome == RunControl.Wake.DUE) {
                    return !limitReached();
                }
            }
        }

        /** False when stopped while paused. */
        private boolean awaitUnpaused() {
            if (!control.paused()) {
                return true;
            }
            changeTo(new EmulatorState.Paused());
            var pausedFor = control.awaitUnpaused();
            if (pausedFor < 0) {
                return false;
            }
            pausedNanos += pausedFor;
            changeTo(new EmulatorState.Running());
            return true;
        }
    }
}
