package io.pinpipe.emulator.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableNumberValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** The counters as tiles and the throughput of the last minutes as a chart. */
final class LiveStatsView extends HBox {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    LiveStatsView(LiveCounters counters) {
        var tiles = new GridPane();
        tiles.setHgap(10);
        tiles.setVgap(8);
        tiles.add(tile("emulator-events", "Events", count(counters.eventsProperty())), 0, 0);
        tiles.add(tile("emulator-events-per-second", "Events / s", Bindings.createStringBinding(
                () -> COUNT.format(Math.round(counters.eventsPerSecondProperty().get())), counters.eventsPerSecondProperty())), 1, 0);
        tiles.add(tile("emulator-elapsed", "Elapsed", Bindings.createStringBinding(
                () -> clock(counters.elapsedProperty().get()), counters.elapsedProperty())), 2, 0);
        tiles.add(tile("emulator-sampled", "Sampled", count(counters.sampledProperty())), 0, 1);
        tiles.add(tile("emulator-sent", "Sent", count(counters.sentProperty())), 1, 1);
        tiles.add(tile("emulator-in-flight", "In flight", count(counters.inFlightProperty())), 2, 1);
        tiles.add(tile("emulator-acked", "Acked", count(counters.ackedProperty())), 0, 2);
        tiles.add(tile("emulator-failed", "Failed", count(counters.failedProperty())), 1, 2);
        tiles.add(tile("emulator-missing", "Ids missing", count(counters.missingProperty())), 2, 2);
        var chart = new VBox(2, legend(), chart(counters));
        HBox.setHgrow(chart, Priority.ALWAYS);
        getChildren().addAll(tiles, chart);
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The chart's own legend needs room the pane does not have: a line above it says which line is which. */
    private static HBox legend() {
        var legend = new HBox(14, key("swatch-events", "events / s"), key("swatch-acked", "acked records / s"));
        legend.setPadding(new javafx.geometry.Insets(0, 0, 0, 40));
        return legend;
    }

    private static Label key(String swatchClass, String text) {
        var swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        var label = new Label(text, swatch);
        label.getStyleClass().add("stat-label");
        return label;
    }

    private static VBox tile(String id, String label, StringBinding value) {
        var number = new Label();
        number.setId(id);
        number.getStyleClass().add("stat-value");
        number.textProperty().bind(value);
        var name = new Label(label);
        name.getStyleClass().add("stat-label");
        var tile = new VBox(2, number, name);
        tile.getStyleClass().add("stat-tile");
        tile.setMinWidth(104);
        return tile;
    }

    private static StringBinding count(ObservableNumberValue value) {
        return Bindings.createStringBinding(() -> COUNT.format(value.longValue()), value);
    }

    static String clock(Duration elapsed) {
        var seconds = elapsed.toSeconds();
        return seconds >= 3600 ? String.format(Locale.US, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.US, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static LineChart<Number, Number> chart(LiveCounters counters) {
        var time = new NumberAxis();
        time.setAutoRanging(false);
        time.setLowerBound(0);
        time.setUpperBound(60);
        time.setTickUnit(10);
        time.setLabel("seconds into the run");
        time.setTickLabelsVisible(true);
        var rate = new NumberAxis();
        rate.setForceZeroInRange(true);
        var chart = new LineChart<>(time, rate);
        chart.setId("emulator-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(190);
        chart.setMinHeight(160);
        chart.getStyleClass().add("throughput-chart");
        var events = new XYChart.Series<Number, Number>();
        events.setName("events / s");
        var acked = new XYChart.Series<Number, Number>();
        acked.setName("acked records / s");
        chart.getData().addAll(events, acked);
        counters.throughput().addListener((ListChangeListener<LiveCounters.Point>) change -> {
            var points = counters.throughput();
            events.getData().setAll(points.stream().map(p -> new XYChart.Data<Number, Number>(p.second(), p.eventsPerSecond())).toList());
            acked.getData().setAll(points.stream().map(p -> new XYChart.Data<Number, Number>(p.second(), p.ackedPerSecond())).toList());
            var last = points.isEmpty() ? 0 : points.get(points.size() - 1).second();
            var span = Math.max(60, Math.min(last, LiveCounters.CHART_SECONDS));
            time.setLowerBound(Math.max(0, last - LiveCounters.CHART_SECONDS));
            time.setUpperBound(Math.max(span, last));
            time.setTickUnit(span <= 60 ? 10 : 60);
        });
        return chart;
    }
}
