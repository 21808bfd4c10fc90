package io.pinpipe.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** A background job under construction: say what happens on success, error and progress, then start it. */
public final class Job<T> {

    private static final Logger log = LoggerFactory.getLogger(Job.class);

    private final String title;
    private final Work<T> task;
    private final ExecutorService background;
    private final Executor fx;
    private final BackgroundWork work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onError = error -> { };
    private Progress onProgress = Progress.NONE;
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

    public Job<T> onError(Consumer<Throwable> action) {
        this.onError = action;
        return this;
    }

    /** Called on the FX thread. */
    public Job<T> onProgress(Progress action) {
        this.onProgress = action;
        return this;
    }

    public Job<T> andFinally(Runnable action) {
        this.andFinally = action;
        return this;
    }

    /** Starts the job; cancelling the returned handle interrupts the work. */
    public Cancellable start() {
        fx.execute(() -> work.started(title));
        Progress progress = (fraction, message) -> fx.execute(() -> onProgress.update(fraction, message));
        Future<?> future = background.submit(() -> runAndReport(progress));
        return () -> future.cancel(true);
    }

    private void runAndReport(Progress progress) {
        var started = System.nanoTime();
        try {
            var result = task.run(progress);
            log.debug("{} finished in {} ms", title, (System.nanoTime() - started) / 1_000_000);
            fx.execute(() -> onSuccess.accept(result));
        } catch (Exception | Error e) {
            log.warn("{} failed after {} ms: {}", title, (System.nanoTime() - started) / 1_000_000, e.toString());
            fx.execute(() -> onError.accept(e));
        } finally {
            fx.execute(() -> {
                work.finished(title);
                andFinally.run();
            });
        }
    }

    /** A handle on a started job. */
    @FunctionalInterface
    public interface Cancellable {
        void cancel();
    }
}
