package io.pinpipe.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

/**
 * The one way views and view models run blocking work: off the FX thread on a named daemon pool,
 * with results, errors and progress delivered through the injected FX executor (run inline in tests).
 */
public final class Async {

    private final ExecutorService background;
    private final Executor fx;
    private final BackgroundWork work;

    public Async(ExecutorService background, Executor fx, BackgroundWork work) {
        this.background = background;
        this.fx = fx;
        this.work = work;
    }

    public <T> Job<T> job(String title, Work<T> task) {
        return new Job<>(title, task, background, fx, work);
    }

    public BackgroundWork backgroundWork() {
        return work;
    }

}
