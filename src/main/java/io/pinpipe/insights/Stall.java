package io.pinpipe.insights;

import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether an {@link InsightsRun}'s reading is stalled (the cluster does not answer, a read failed and is retried),
 * since when and why; tells the listener once when it stalls and once when it resumes. Reading thread only.
 */
final class Stall {

    private final InsightsListener listener;
    private final String where;
    private final AtomicBoolean closed;
    private boolean stalled;
    private long since;
    private String reason = "";

    Stall(InsightsListener listener, String where, AtomicBoolean closed) {
        this.listener = listener;
        this.where = where;
        this.closed = closed;
    }

    /** Reading failed for a reason that may pass: the listener hears it, with "retrying", if it was not stalled. */
    void problem(String why) {
        reason = why;
        if (!stalled) {
            stalled = true;
            since = System.nanoTime();
            InsightsReader.log.info("Insights reading stalled: {}", why);
            if (!closed.get()) {
                listener.problem(why + "; retrying, reading resumes where it stopped");
            }
        }
    }

    void resumed() {
        if (stalled) {
            stalled = false;
            InsightsReader.log.info("Insights reading resumed on {}", where);
            if (!closed.get()) {
                listener.resumed();
            }
        }
    }

    boolean stalled() {
        return stalled;
    }

    boolean longerThan(Duration limit) {
        return stalled && System.nanoTime() - since >= limit.toNanos();
    }

    String reason() {
        return reason;
    }

    /** What ended reading for good, as a sentence a person can act on. */
    static String sentence(Throwable fatal, String where) {
        if (fatal instanceof InsightsException) {
            return fatal.getMessage();
        }
        if (fatal instanceof AuthorizationException) {
            return "Not allowed to read the topics on " + where + ": " + fatal.getMessage();
        }
        if (fatal instanceof AuthenticationException) {
            return "Could not sign in to " + where + ": " + fatal.getMessage();
        }
        if (fatal instanceof OutOfMemoryError) {
            return "Reading stopped: out of memory (start again from now, or give Pinpipe more memory)";
        }
        var what = fatal.getMessage() == null || fatal.getMessage().isBlank()
                ? fatal.getClass().getSimpleName() : fatal.getMessage();
        return "Reading from " + where + " stopped: " + what + "; start again";
    }
}
