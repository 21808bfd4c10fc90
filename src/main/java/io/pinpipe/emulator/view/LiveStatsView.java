package io.pinpipe.emulator.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.Locale;

/**
 * The counters as tiles and the throughput chart: side by side when there is room, the chart under the tiles when
 * not, so neither is ever cut. The tiles always get their full width; a count above a million is abbreviated with
 * the exact value in its tooltip.
 */
final class LiveStatsView extends Region {

    private static final double GAP = 16;
    private static final double TILE_WIDTH = 96;
    private static final double STACKED_CHART_HEIGHT = 150;

    private final GridPane tiles = new GridPane();
    private final VBox chart;

    LiveStatsView(LiveCounters counters) {
        tiles.setHgap(8);
        tiles.setVgap(8);
        tiles.add(tile("emulator-events", "Events", counters.eventsProperty()), 0, 0);
        tiles.add(tile("emulator-events-per-second", "Events / s", Bindings.createStringBinding(
                () -> CompactCount.rate(counters.eventsPerSecondProperty().get()), counters.eventsPerSecondProperty()),
                Bindings.createStringBinding(() -> String.format(Locale.US, "%.2f events a second",
                        counters.eventsPerSecondProperty().get()), counters.eventsPerSecondProperty())), 1, 0);
        var elapsed = Bindings.createStringBinding(() -> clock(counters.elapsedProperty().get()), counters.elapsedProperty());
        tiles.add(tile("emulator-elapsed", "Elapsed", elapsed, Bindings.createStringBinding(
                () -> seconds(counters.elapsedProperty().get()), counters.elapsedProperty())), 2, 0);
        tiles.add(tile("emulator-sampled", "Sampled", counters.sampledProperty()), 0, 1);
        tiles.add(tile("emulator-sent", "Sent", counters.sentProperty()), 1, 1);
        tiles.add(tile("emulator-in-flight", "In flight", counters.inFlightProperty()), 2, 1);
        tiles.add(tile("emulator-acked", "Acked", counters.ackedProperty()), 0, 2);
        tiles.add(tile("emulator-failed", "Failed", counters.failedProperty()), 1, 2);
        tiles.add(tile("emulator-missing", "Ids missing", counters.missingProperty()), 2, 2);
        chart = new ThroughputChart(counters);
        getChildren().addAll(tiles, chart);
    }

    /** The chart beside the tiles only when it gets at least its own minimum width there. */
    private boolean sideBySide(double width) {
        return width < 0 || width >= tiles.prefWidth(-1) + GAP + chart.minWidth(-1);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return tiles.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return tiles.prefWidth(-1) + GAP + chart.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        var tilesHeight = tiles.prefHeight(-1);
        return sideBySide(width) ? Math.max(tilesHeight, chart.prefHeight(-1)) : tilesHeight + GAP + STACKED_CHART_HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        var width = getWidth();
        var height = getHeight();
        var tilesWidth = tiles.prefWidth(-1);
        var tilesHeight = tiles.prefHeight(-1);
        if (sideBySide(width)) {
            tiles.resizeRelocate(0, Math.max(0, (height - tilesHeight) / 2), tilesWidth, tilesHeight);
            chart.resizeRelocate(tilesWidth + GAP, 0, width - tilesWidth - GAP, height);
        } else {
            tiles.resizeRelocate(0, 0, tilesWidth, tilesHeight);
            chart.resizeRelocate(0, tilesHeight + GAP, width, Math.max(0, height - tilesHeight - GAP));
        }
    }

    private static VBox tile(String id, String label, ObservableNumberValue count) {
        return tile(id, label, Bindings.createStringBinding(() -> CompactCount.of(count.longValue()), count),
                Bindings.createStringBinding(() -> CompactCount.exact(count.longValue()) + " " + label.toLowerCase(Locale.ROOT), count));
    }

    private static VBox tile(String id, String label, StringBinding value, StringBinding exact) {
        var number = new Label();
        number.setId(id);
        number.getStyleClass().add("stat-value");
        number.textProperty().bind(value);
        number.setMinWidth(Region.USE_PREF_SIZE);
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(exact);
        number.setTooltip(tooltip);
        var name = new Label(label);
        name.getStyleClass().add("stat-label");
        var tile = new VBox(2, number, name);
        tile.getStyleClass().add("stat-tile");
        tile.setMinWidth(TILE_WIDTH);
        return tile;
    }

    static String clock(Duration elapsed) {
        var seconds = elapsed.toSeconds();
        if (seconds < 60) {
            // A run of a few seconds, or less than one, still shows how long it took.
            return String.format(Locale.US, "%.1f s", elapsed.toMillis() / 1000.0);
        }
        return seconds >= 3600 ? String.format(Locale.US, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.US, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String seconds(Duration elapsed) {
        return String.format(Locale.US, "%.3f s into the run", elapsed.toMillis() / 1000.0);
    }
}
