package io.pinpipe.consumers.view;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The selected group's total lag over the last 30 minutes, one point per sample. */
final class LagChart {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private LagChart() {
    }

    static VBox build(LagChartViewModel model) {
        var time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setAutoRanging(true);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return CLOCK.format(Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        var lag = new NumberAxis();
        lag.setLabel("Total lag (messages)");
        lag.setForceZeroInRange(true);
        lag.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? LagWords.count(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        var series = new XYChart.Series<Number, Number>();
        series.setName("Total lag");
        var chart = new LineChart<>(time, lag);
        chart.setId("group-lag-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.getData().add(series);
        chart.setMinHeight(120);
        model.samples().addListener((ListChangeListener<LagChartViewModel.Sample>) change -> follow(series, model));
        follow(series, model);

        var note = new Label("Sampled every " + LagWords.duration(model.period()) + " while this pane shows; the last "
                + LagChartViewModel.KEPT.toMinutes() + " minutes are kept.");
        note.setId("group-lag-chart-note");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        VBox.setVgrow(chart, Priority.ALWAYS);
        var box = new VBox(4, chart, note);
        box.setPadding(new Insets(4, 8, 6, 8));
        return box;
    }

    private static void follow(XYChart.Series<Number, Number> series, LagChartViewModel model) {
        series.getData().setAll(model.samples().stream()
                .map(sample -> new XYChart.Data<Number, Number>(sample.at().toEpochMilli() / 1000.0, sample.lag()))
                .toList());
    }
}
