package io.pinpipe.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The jobs behind one thing a view shows (a listing, a detail): a newer request supersedes the older one, whose
 * results are then never delivered. Touched only on the FX thread.
 */
public final class JobSlot {

    private final List<Job<?>.Handle> current = new ArrayList<>();

    /** Cancels what runs for this slot, then starts {@code job} in its place. */
    public void replace(Job<?> job) {
        cancel();
        add(job);
    }

    /** Starts {@code job} beside the ones already running for this slot, e.g. the parts of one detail. */
    public void add(Job<?> job) {
        current.removeIf(Job.Handle::isDone);
        current.add(job.start());
    }

    /** Cancels every job of this slot; their cancel and finally steps have run when this returns. */
    public void cancel() {
        var running = List.copyOf(current);
        current.clear();
        running.forEach(Job.Handle::cancel);
    }

    /** Stops the work but keeps what it found: each job still delivers its (partial) result. */
    public void finishEarly() {
        current.forEach(Job.Handle::finishEarly);
    }

    public boolean active() {
        return current.stream().anyMatch(handle -> !handle.isDone());
    }
}
