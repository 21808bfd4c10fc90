package io.pinpipe.consumers.view;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * The selected group's total lag over time, for the lag chart: a sample every period (5 s in the app) while the pane
 * shows and a group is selected, the last 30 minutes kept. Starts afresh when the group changes. FX thread only.
 */
public final class LagChartViewModel {

    /** The group's total lag at one moment. */
    public record Sample(Instant at, long lag) {
    }

    static final java.time.Duration KEPT = java.time.Duration.ofMinutes(30);

    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Sample> readOnly = FXCollections.unmodifiableObservableList(samples);
    private final java.time.Duration period;
    private final Timeline timer;
    private final Runnable stop;
    private boolean showing;
    private boolean hasGroup;

    /**
     * @param sample asks for one more sample; its result comes back through {@link #add}
     * @param stop   drops a sample still being read when sampling stops, so none lands after it
     */
    LagChartViewModel(java.time.Duration period, Runnable sample, Runnable stop) {
        this.period = period;
        this.stop = stop;
        this.timer = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), event -> sample.run()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Another group (or none): the samples of the last one go. */
    void group(boolean selected) {
        samples.clear();
        hasGroup = selected;
        follow();
    }

    /** The pane shows or was left: sampling runs only while it shows. */
    public void showing(boolean shown) {
        showing = shown;
        follow();
    }

    void add(Instant at, OptionalLong totalLag) {
        if (!showing || !hasGroup || totalLag.isEmpty()) {
            return;
        }
        samples.add(new Sample(at, totalLag.getAsLong()));
        var oldest = at.minus(KEPT);
        while (!samples.isEmpty() && samples.get(0).at().isBefore(oldest)) {
            samples.remove(0);
        }
    }

    private void follow() {
        if (showing && hasGroup) {
            if (timer.getStatus() != Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        } else {
            timer.stop();
            stop.run();
        }
    }

    public boolean sampling() {
        return timer.getStatus() == Animation.Status.RUNNING;
    }

    public ObservableList<Sample> samples() {
        return readOnly;
    }

    public java.time.Duration period() {
        return period;
    }
}
