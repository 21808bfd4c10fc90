package io.pinpipe.sandbox;

/** Receives the steps of a sandbox start, on the starting thread. */
@FunctionalInterface
public interface StartProgress {

    StartProgress NONE = (fraction, message) -> {
    };

    /** @param fraction 0 to 1 */
    void update(double fraction, String message);
}
