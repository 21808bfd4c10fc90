package io.pinpipe.ui;

/** What a background job says about how far it is; fraction is 0..1, or negative when unknown. */
public interface Progress {
    void update(double fraction, String message);

    /** Runs {@code onFx} on the FX thread, unless the job has been cancelled by then: for partial results. */
    default void deliver(Runnable onFx) {
        onFx.run();
    }

    Progress NONE = (fraction, message) -> { };
}
