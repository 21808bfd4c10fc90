package io.pinpipe.insights;

/** What a running {@link InsightsRun} tells: called on its reading thread. */
public interface InsightsListener {

    /** New answers, at most a few times a second, only when something new was read. */
    void snapshot(InsightsSnapshot snapshot);

    /** Reading is stalled (the connection dropped, ...): the sentence says why; it resumes on its own. */
    default void problem(String sentence) {
    }

    /** Reading resumed after a problem. */
    default void resumed() {
    }

    /**
     * Reading ended for good, not by {@link InsightsRun#close()}: the sentence says why (a failure the run cannot
     * retry). Nothing is called afterwards.
     */
    default void stopped(String sentence) {
    }
}
