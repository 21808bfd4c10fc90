package io.pinpipe.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A background job under construction: say what happens on success, error, progress and cancel, then start it.
 * <p>
 * The promises: the work's inputs are read by the caller on the FX thread before {@link #start()} (the work
 * sees only what its lambda captured); every handler runs on the FX thread; a job that is cancelled delivers
 * nothing afterwards (no success, error or progress), runs {@link #onCancelled} and then its {@link #andFinally}
 * step at once, also when it was still queued; a failure is logged once, with its stack trace.
 */
public final class Job<T> {

    private static final Logger log = LoggerFactory.getLogger(Job.class);

    private enum Phase { QUEUED, RUNNING, CANCELLED, DONE }

    private final String title;
    private final Work<T> task;
    private final ExecutorService background;
    private final Executor fx;
    private final BackgroundWork work;
    private final Map<Class<? extends Throwable>, Consumer<Throwable>> handlers = new LinkedHashMap<>();
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onError = error -> { };
    private Progress onProgress = Progress.NONE;
    private Runnable onCancelled = () -> { };
    private Consumer<? super T> whenDiscarded = result -> { };
    private Runnable andFinally = () -> { };

    Job(String title, Work<T> task, ExecutorService background, Executor fx, BackgroundWork work) {
        this.title = title;
        this.task = task;
        this.background = background;
        this.fx = fx;
        this.work = work;
    }

    public Job<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    /** For failures no {@link #on(Class, Consumer)} handler claims. */
    public Job<T> onError(Consumer<Throwable> action) {
        this.onError = action;
        return this;
    }

    /** A handler for one type of failure (and its subtypes), tried in the order registered, before onError. */
    public <E extends Throwable> Job<T> on(Class<E> type, Consumer<? super E> action) {
        handlers.put(type, error -> action.accept(type.cast(error)));
        return this;
    }

    /** Called on the FX thread. */
    public Job<T> onProgress(Progress action) {
        this.onProgress = action;
        return this;
    }

    /** Runs on the FX thread inside {@link Handle#cancel()}, before the finally step. */
    public Job<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /**
     * Gets a result that came after the job was cancelled, so nobody sees it, on the job's own thread: to close what
     * it holds (a connection, a prepared run).
     */
    public Job<T> whenDiscarded(Consumer<? super T> action) {
        this.whenDiscarded = action;
        return this;
    }

    /** Runs exactly once, after success, error or cancel. */
    public Job<T> andFinally(Runnable action) {
        this.andFinally = action;
        return this;
    }

    /** Starts the job; call on the FX thread. */
    public Handle start() {
        var handle = new Handle();
        work.started(title);
        try {
            handle.future = background.submit(() -> handle.run());
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is closing and its background threads are gone (a pane refreshing as it goes): dropped, as a cancel.
            log.debug("{} not started: the app is closing", title);
            handle.cancel();
        }
        return handle;
    }

    private void deliverFailure(Throwable error) {
        for (var handler : handlers.entrySet()) {
            if (handler.getKey().isInstance(error)) {
                handler.getValue().accept(error);
                return;
            }
        }
        onError.accept(error);
    }

    /** One run of this job: its phase decides, once, whether a result is delivered or the job was cancelled. */
    public final class Handle {

        private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.QUEUED);
        private volatile Future<?> future;
        private boolean ended;

        private void run() {
            if (!phase.compareAndSet(Phase.QUEUED, Phase.RUNNING)) {
                return;
            }
            var started = System.nanoTime();
            Progress progress = new Progress() {
                @Override
                public void update(double fraction, String message) {
                    deliver(() -> onProgress.update(fraction, message));
                }

                @Override
                public void deliver(Runnable onFx) {
                    fx.execute(() -> {
                        if (live()) {
                            onFx.run();
                        }
                    });
                }
            };
            try {
                var result = task.run(progress);
                log.debug("{} finished in {} ms", title, millisSince(started));
                if (phase.get() == Phase.CANCELLED) {
                    whenDiscarded.accept(result);
                } else {
                    fx.execute(() -> end(() -> onSuccess.accept(result), () -> background.execute(() -> whenDiscarded.accept(result))));
                }
            } catch (Exception | Error e) {
                if (phase.get() == Phase.CANCELLED) {
                    log.debug("{} cancelled after {} ms: {}", title, millisSince(started), e.toString());
                } else {
                    log.warn("{} failed after {} ms", title, millisSince(started), e);
                }
                fx.execute(() -> end(() -> deliverFailure(e), () -> { }));
            } finally {
                fx.execute(() -> work.finished(title));
            }
        }

        /** On the FX thread: delivers and then finishes, unless the job was cancelled meanwhile. */
        private void end(Runnable delivery, Runnable discard) {
            if (!live()) {
                discard.run();
                return;
            }
            phase.set(Phase.DONE);
            try {
                delivery.run();
            } finally {
                runFinally();
            }
        }

        private boolean live() {
            return phase.get() == Phase.QUEUED || phase.get() == Phase.RUNNING;
        }

        /** Nothing of the job is delivered afterwards; its cancel and finally steps have run when this returns. */
        public void cancel() {
            var before = phase.getAndUpdate(now -> now == Phase.DONE ? now : Phase.CANCELLED);
            if (before == Phase.DONE || before == Phase.CANCELLED) {
                return;
            }
            if (future != null) {
                future.cancel(true);
            }
            if (before == Phase.QUEUED) {
                work.finished(title); // its run() never comes to say so
            }
            try {
                onCancelled.run();
            } finally {
                runFinally();
            }
        }

        /** Interrupts the work but still delivers what it returns, e.g. a listing stopped part-way. */
        public void finishEarly() {
            if (phase.get() == Phase.QUEUED) {
                cancel();
            } else if (phase.get() == Phase.RUNNING) {
                future.cancel(true); // the phase stays RUNNING: what the work returns is still delivered
            }
        }

        public boolean isDone() {
            return !live();
        }

        private void runFinally() {
            if (!ended) {
                ended = true;
                andFinally.run();
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
