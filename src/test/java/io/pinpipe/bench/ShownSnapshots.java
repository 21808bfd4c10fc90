package io.pinpipe.bench;

import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.view.InsightsPane;
import io.pinpipe.insights.view.InsightsViewModel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Each snapshot the Insights pane shows, as it shows it (on the FX thread): how far behind the newest event it
 * includes it was when the engine delivered it ({@link InsightsSnapshot#computedAt()}, right after its queries) and
 * when the pane put it on screen. Samples are kept only while {@link #measuring} (not during a forced GC).
 */
final class ShownSnapshots {

    /**
     * Lags in ms: behind the newest event when delivered and when shown, the wait between the two, and when shown
     * from the first snapshot that had read everything written (as far as it knew the ends) on, with that moment.
     */
    record Lags(List<Long> delivered, List<Long> shown, List<Long> waited, List<Long> caughtUp,
                Instant startedAt, Instant caughtUpAt) {
    }

    private final List<Long> delivered = new ArrayList<>();
    private final List<Long> shown = new ArrayList<>();
    private final List<Long> waited = new ArrayList<>();
    private final List<Long> caughtUp = new ArrayList<>();
    private Instant caughtUpAt;
    private volatile InsightsSnapshot latest;
    volatile boolean measuring = true;
    /** When reading started (Start pressed), for {@link Lags#caughtUpAt()}. */
    volatile Instant startedAt = Instant.now();

    /**
     * Listens to the pane's view model. The pane keeps it private, so it is taken by reflection: a benchmark may
     * look inside, a user cannot.
     */
    static ShownSnapshots watch(InsightsPane pane) throws ReflectiveOperationException {
        var field = InsightsPane.class.getDeclaredField("model");
        field.setAccessible(true);
        var model = (InsightsViewModel) field.get(pane);
        var watch = new ShownSnapshots();
        model.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) {
                watch.shown(now, Instant.now());
            }
        });
        return watch;
    }

    private void shown(InsightsSnapshot snapshot, Instant now) {
        latest = snapshot;
        var newest = snapshot.status().newestEvent();
        if (!measuring || newest.isEmpty()) {
            return;
        }
        synchronized (this) {
            delivered.add(Duration.between(newest.get(), snapshot.computedAt()).toMillis());
            shown.add(Duration.between(newest.get(), now).toMillis());
            waited.add(Duration.between(snapshot.computedAt(), now).toMillis());
            if (caughtUpAt == null && snapshot.status().offsets().stream().allMatch(o -> o.next() >= o.end())) {
                caughtUpAt = now;
            }
            if (caughtUpAt != null) {
                caughtUp.add(shown.get(shown.size() - 1));
            }
        }
    }

    /** How far behind its newest event the newest snapshot shown was when shown, in ms (0 before the first). */
    synchronized long lastShownLag() {
        return shown.isEmpty() ? 0 : shown.get(shown.size() - 1);
    }

    /** The newest snapshot shown, or null. */
    InsightsSnapshot latest() {
        return latest;
    }

    /** Events read in the newest snapshot shown: every message of the three topics. */
    long eventsRead() {
        var snapshot = latest;
        return snapshot == null ? 0 : snapshot.status().eventsRead().values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized Lags lags() {
        return new Lags(List.copyOf(delivered), List.copyOf(shown), List.copyOf(waited), List.copyOf(caughtUp),
                startedAt, caughtUpAt);
    }
}
