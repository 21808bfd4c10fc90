package io.pinpipe.emulator.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;

import java.util.List;

/** Events and acknowledged records per second over the last minutes, with a one-line legend above. */
final class ThroughputChart extends VBox {

    private static final double MIN_WIDTH = 260;

    ThroughputChart(LiveCounters counters) {
        super(2);
        var chart = chart(counters);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(legend(), chart);
        setMinWidth(MIN_WIDTH);
    }

    /** The chart's own legend needs room the pane does not have: a line above it says which line is which. */
    private static HBox legend() {
        var legend = new HBox(14, key("swatch-events", "events / s"), key("swatch-acked", "acked records / s"));
        legend.setPadding(new Insets(0, 0, 0, 40));
        return legend;
    }

    private static Label key(String swatchClass, String text) {
        var swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        var label = new Label(text, swatch);
        label.getStyleClass().add("stat-label");
        return label;
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
        chart.setMinHeight(120);
        chart.setMinWidth(MIN_WIDTH);
        chart.getStyleClass().add("throughput-chart");
        var events = new XYChart.Series<Number, Number>();
        events.setName("events / s");
        var acked = new XYChart.Series<Number, Number>();
        acked.setName("acked records / s");
        chart.getData().addAll(events, acked);
        counters.throughput().addListener((ListChangeListener<LiveCounters.Point>) change -> {
            var points = counters.throughput();
            events.getData().setAll(data(points, true));
            acked.getData().setAll(data(points, false));
            if (points.isEmpty()) {
                // LineChart leaves a series' last path drawn when its data goes: a new run would show the last one's lines.
                List.of(events, acked).forEach(series -> ((Path) series.getNode()).getElements().clear());
            }
            var last = points.isEmpty() ? 0 : points.get(points.size() - 1).second();
            var span = Math.max(60, Math.min(last, LiveCounters.CHART_SECONDS));
            time.setLowerBound(Math.max(0, last - LiveCounters.CHART_SECONDS));
            time.setUpperBound(Math.max(span, Math.ceil(last)));
            time.setTickUnit(span <= 60 ? 10 : 60);
        });
        return chart;
    }

    /** A line needs two points: a run shorter than two seconds has one, drawn as a dot. */
    private static List<XYChart.Data<Number, Number>> data(List<LiveCounters.Point> points, boolean events) {
        var data = points.stream().map(p -> new XYChart.Data<Number, Number>(p.second(),
                events ? p.eventsPerSecond() : p.ackedPerSecond())).toList();
        if (data.size() == 1) {
            var dot = new StackPane();
            dot.getStyleClass().addAll("lone-point", events ? "swatch-events" : "swatch-acked");
            data.get(0).setNode(dot);
        }
        return data;
    }
}
