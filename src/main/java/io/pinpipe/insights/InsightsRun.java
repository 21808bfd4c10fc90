package io.pinpipe.insights;

import java.time.Duration;

/** A pipeline's topics being read into an {@link InsightsEngine} on a thread of its own, until closed. */
public final class InsightsRun implements AutoCloseable {

    private InsightsRun() {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * Blocks until every partition has been read to the end it had when this was called and then nothing new arrived
     * for {@code idle}; returns the last snapshot (what {@code pinpipe insights --until-idle} prints).
     *
     * @throws InsightsException CANCELLED when the run was closed, INTERRUPTED when the thread was
     */
    public InsightsSnapshot awaitIdle(Duration idle) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** Forgets everything read and starts again from the run's start ("Reset"). */
    public void reset() {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** Stops reading at the next poll and releases the consumer; the listener hears nothing afterwards. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
