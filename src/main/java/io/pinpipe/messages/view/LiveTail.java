package io.pinpipe.messages.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.JobSlot;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The live tail: the engine follows the topic on a background job into a bounded ring (the newest {@code keep}
 * matches; older ones are dropped there, never queued without end), and a timer drains it into the table a few times
 * a second, newest first (decision record 6: the window changes a few times a second at any rate). Paused, the table
 * stands still while the counts go on; resumed, it jumps to the newest rows.
 */
final class LiveTail {

    static final int KEEP = 2_000;
    private static final Duration TICK = Duration.millis(250);
    private static final long RATE_WINDOW_NANOS = 1_000_000_000L;

    private final Async async;
    private final Function<Connection, MessageBrowser> browsers;
    private final ObservableList<Message> rows;
    private final Consumer<Throwable> failed;
    private final int keep;
    private final JobSlot slot = new JobSlot();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final Timeline timer = new Timeline(new KeyFrame(TICK, event -> drain()));
    /** Filled by the reading thread, emptied by the timer; guarded by itself. */
    private final ArrayDeque<Message> ring = new ArrayDeque<>();
    private volatile ScanProgress last = ScanProgress.NONE;
    private AtomicBoolean stop = new AtomicBoolean();
    private long sampledAt;
    private long sampledScanned;

    LiveTail(Async async, Function<Connection, MessageBrowser> browsers, ObservableList<Message> rows,
             Consumer<Throwable> failed, int keep) {
        this.async = async;
        this.browsers = browsers;
        this.rows = rows;
        this.failed = failed;
        this.keep = keep;
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Tails from the request's start (live: from now on) until {@link #stop}. */
    void start(Connection connection, BrowseRequest request) {
        stop();
        rows.clear();
        synchronized (ring) {
            ring.clear();
        }
        last = ScanProgress.NONE;
        sampledAt = System.nanoTime();
        sampledScanned = 0;
        paused.set(false);
        rate.set(MessageWords.rate(0));
        counts.set("Waiting for new messages on " + request.topic() + "…");
        var stopped = new AtomicBoolean();
        stop = stopped;
        running.set(true);
        timer.play();
        slot.replace(async.job("Tailing " + request.topic(), p -> {
                    browsers.apply(connection).follow(request, listener(), stopped::get);
                    return null;
                })
                .onError(e -> {
                    halt();
                    failed.accept(e);
                })
                .andFinally(this::halt));
    }

    /** On the reading thread: keeps the newest matches only, so a fast topic never fills the memory. */
    private ScanListener listener() {
        return new ScanListener() {
            @Override
            public void progress(ScanProgress now) {
                last = now;
            }

            @Override
            public void matched(List<Message> batch) {
                synchronized (ring) {
                    var from = Math.max(0, batch.size() - keep);
                    for (int i = from; i < batch.size(); i++) {
                        if (ring.size() == keep) {
                            ring.pollFirst();
                        }
                        ring.addLast(batch.get(i));
                    }
                }
            }
        };
    }

    /** The timer: counts and rate always, new rows unless paused. */
    void drain() {
        var now = last;
        counts.set("Read " + MessageWords.count(now.scanned()) + " · matched " + MessageWords.count(now.matched())
                + (paused.get() ? " · paused" : ""));
        var at = System.nanoTime();
        if (at - sampledAt >= RATE_WINDOW_NANOS) {
            rate.set(MessageWords.rate((now.scanned() - sampledScanned) * 1e9 / (at - sampledAt)));
            sampledAt = at;
            sampledScanned = now.scanned();
        }
        if (paused.get()) {
            return;
        }
        List<Message> fresh;
        synchronized (ring) {
            if (ring.isEmpty()) {
                return;
            }
            fresh = new ArrayList<>(ring);
            ring.clear();
        }
        prepend(fresh);
    }

    /**
     * Newest first, at most {@code keep}. When only some rows are new, the oldest rows leave the end and the new ones
     * enter at the top, so the table shifts its cells instead of rebuilding them; a full ring replaces the rows at once.
     */
    private void prepend(List<Message> oldestFirst) {
        var fresh = new ArrayList<Message>(Math.min(keep, oldestFirst.size()));
        for (int i = oldestFirst.size() - 1; i >= 0 && fresh.size() < keep; i--) {
            fresh.add(oldestFirst.get(i));
        }
        var kept = Math.max(0, Math.min(rows.size(), keep - fresh.size()));
        if (kept == 0) {
            rows.setAll(fresh);
            return;
        }
        if (kept < rows.size()) {
            rows.remove(kept, rows.size());
        }
        rows.addAll(0, fresh);
    }

    void togglePause() {
        paused.set(!paused.get());
        drain();
    }

    /** Ends the tail; the rows shown stay. */
    void stop() {
        stop.set(true);
        slot.cancel();
        halt();
    }

    private void halt() {
        if (running.get()) {
            drain();
        }
        timer.stop();
        running.set(false);
        paused.set(false);
        rate.set("");
    }

    BooleanProperty runningProperty() {
        return running;
    }

    BooleanProperty pausedProperty() {
        return paused;
    }

    StringProperty rateProperty() {
        return rate;
    }

    StringProperty countsProperty() {
        return counts;
    }
}
