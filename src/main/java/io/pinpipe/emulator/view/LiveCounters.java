package io.pinpipe.emulator.view;

import io.pinpipe.emulator.StatsSnapshot;
import io.pinpipe.emulator.TopicCounts;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.Optional;

/** A run's counts as last read, a point of throughput per second for the chart, and whether the sink stalled. */
public final class LiveCounters {

    /** One second of the chart: events sampled and records acknowledged per second, at {@code second} into the run. */
    public record Point(double second, double eventsPerSecond, double ackedPerSecond) {
    }

    /** Five minutes of points. */
    public static final int CHART_SECONDS = 300;
    /** Below this many events a second the meter's last second reads 0, 1 or 2: the rate is averaged over longer. */
    private static final double SLOW = 10;
    private static final Duration SLOW_WINDOW = Duration.ofSeconds(10);

    private final LongProperty sampled = new SimpleLongProperty();
    private final LongProperty sent = new SimpleLongProperty();
    private final LongProperty acked = new SimpleLongProperty();
    private final LongProperty failed = new SimpleLongProperty();
    private final LongProperty missing = new SimpleLongProperty();
    private final LongProperty inFlight = new SimpleLongProperty();
    private final LongProperty events = new SimpleLongProperty();
    private final DoubleProperty eventsPerSecond = new SimpleDoubleProperty();
    private final ObjectProperty<Duration> elapsed = new SimpleObjectProperty<>(Duration.ZERO);
    private final StringProperty lastFailure = new SimpleStringProperty("");
    private final ObservableList<Point> throughput = FXCollections.observableArrayList();
    private long pointAckedBase;
    private Duration pointTime = Duration.ZERO;
    private long lastAckChangeNanos;
    /** Events counted at earlier reads of this run, for the rate of a slow pace. */
    private final java.util.ArrayDeque<long[]> recentEvents = new java.util.ArrayDeque<>();

    public void reset() {
        sampled.set(0);
        sent.set(0);
        acked.set(0);
        failed.set(0);
        missing.set(0);
        inFlight.set(0);
        events.set(0);
        eventsPerSecond.set(0);
        elapsed.set(Duration.ZERO);
        lastFailure.set("");
        throughput.clear();
        pointAckedBase = 0;
        pointTime = Duration.ZERO;
        lastAckChangeNanos = 0;
        recentEvents.clear();
    }

    /** @param nowNanos the monotonic clock, to tell how long the acknowledgements have stood still */
    public void show(StatsSnapshot stats, Duration runTime, long nowNanos) {
        if (stats.acked() != acked.get() || lastAckChangeNanos == 0 || stats.inFlightTotal() == 0) {
            lastAckChangeNanos = nowNanos;
        }
        sampled.set(stats.sampled());
        sent.set(stats.sent());
        acked.set(stats.acked());
        failed.set(stats.failed());
        missing.set(stats.missing());
        inFlight.set(stats.inFlightTotal());
        events.set(stats.events());
        eventsPerSecond.set(rate(stats, runTime));
        stats.topics().stream().map(TopicCounts::lastFailure).flatMap(Optional::stream).reduce((a, b) -> b)
                .ifPresent(lastFailure::set);
        var second = runTime.toSeconds();
        if (second > elapsed.get().toSeconds()) {
            addPoint(second, runTime, stats);
        }
        elapsed.set(runTime);
    }

    /** The run ended after {@code runTime}: its last part of a second gets its point too, so a short run is drawn. */
    public void finish(StatsSnapshot stats, Duration runTime, long nowNanos) {
        show(stats, runTime, nowNanos);
        var last = throughput.isEmpty() ? 0 : throughput.get(throughput.size() - 1).second();
        var at = runTime.toNanos() / 1e9;
        if (at > last + 0.05) {
            addPoint(at, runTime, stats);
        }
    }

    /** The meter's last second, or at a slow pace the events of the last ten seconds over their time. */
    private double rate(StatsSnapshot stats, Duration runTime) {
        recentEvents.addLast(new long[] {runTime.toNanos(), stats.events()});
        while (recentEvents.size() > 1 && runTime.toNanos() - recentEvents.peekFirst()[0] > SLOW_WINDOW.toNanos()) {
            recentEvents.removeFirst();
        }
        if (stats.eventsPerSecond() >= SLOW) {
            return stats.eventsPerSecond();
        }
        var first = recentEvents.peekFirst();
        var from = runTime.toNanos() > SLOW_WINDOW.toNanos() ? first : new long[] {0, 0};
        var span = (runTime.toNanos() - from[0]) / 1e9;
        return span <= 0 ? stats.eventsPerSecond() : (stats.events() - from[1]) / span;
    }

    /** Records are in flight and none has been acknowledged for {@code longer}: the broker is likely away. */
    public boolean stalledFor(Duration longer, long nowNanos) {
        return inFlight.get() > 0 && lastAckChangeNanos != 0 && nowNanos - lastAckChangeNanos >= longer.toNanos();
    }

    private void addPoint(double second, Duration runTime, StatsSnapshot stats) {
        // Over the time that really passed: a late UI tick must not draw as a burst of acknowledgements.
        var span = Math.max(0.001, (runTime.toNanos() - pointTime.toNanos()) / 1e9);
        throughput.add(new Point(second, stats.eventsPerSecond(), (stats.acked() - pointAckedBase) / span));
        pointAckedBase = stats.acked();
        pointTime = runTime;
        if (throughput.size() > CHART_SECONDS) {
            throughput.remove(0, throughput.size() - CHART_SECONDS);
        }
    }

    public LongProperty sampledProperty() { return sampled; }
    public LongProperty sentProperty() { return sent; }
    public LongProperty ackedProperty() { return acked; }
    public LongProperty failedProperty() { return failed; }
    public LongProperty missingProperty() { return missing; }
    public LongProperty inFlightProperty() { return inFlight; }
    public LongProperty eventsProperty() { return events; }
    public DoubleProperty eventsPerSecondProperty() { return eventsPerSecond; }
    public ObjectProperty<Duration> elapsedProperty() { return elapsed; }
    public StringProperty lastFailureProperty() { return lastFailure; }
    public ObservableList<Point> throughput() { return throughput; }
}
