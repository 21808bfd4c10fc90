package io.pinpipe.ui;

/** A piece of blocking work that runs off the FX thread and may report progress. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
