package io.pinpipe.insights.view;

import io.pinpipe.insights.ResultTable;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question as horizontal bars, one per row: the row's labels (e.g. the country) on the axis, its number as the
 * bar's length, and, when the row names a winner (e.g. the category), that name on the bar. Updated in place: a row
 * seen before keeps its bar, which grows or shrinks; nothing animates. A row without a value (a median of no users)
 * keeps its place on the axis but draws no bar, only the words "no data".
 */
final class BarsView implements ResultView {

    private static final double ROW_HEIGHT = 24;
    /** Where a bar keeps its one tooltip. */
    private static final String TOOLTIP_KEY = "insights-bar-tip";
    /** The style class of a bar whose row has no value. */
    private static final String NO_DATA_CLASS = "insights-no-data";

    private final int axisColumns;
    private final boolean named;
    private final CategoryAxis rows = new CategoryAxis();
    private final NumberAxis values = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(values, rows);
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final Map<String, XYChart.Data<Number, String>> bars = new HashMap<>();
    private final ScrollPane scroll = new ScrollPane(chart);

    /**
     * @param axisColumns how many leading columns name the bar (joined with " · ")
     * @param named       whether the column after them is the winner written on the bar
     */
    BarsView(int axisColumns, boolean named, String valueLabel) {
        this.axisColumns = axisColumns;
        this.named = named;
        chart.setId("insights-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        rows.setAutoRanging(false);
        rows.setAnimated(false);
        values.setAnimated(false);
        values.setLabel(valueLabel);
        values.setForceZeroInRange(true);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number tick) {
                return Headlines.text(tick.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        chart.getData().add(series);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fitHeight());
        scroll.getStyleClass().add("edge-to-edge");
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void show(ResultTable table) {
        var fresh = new LinkedHashMap<String, List<Object>>();
        var winners = new HashMap<String, List<String>>();
        for (var row : table == null ? List.<List<Object>>of() : table.rows()) {
            var key = key(table.columns(), row);
            fresh.putIfAbsent(key, row);
            if (named) {
                winners.computeIfAbsent(key, k -> new ArrayList<>()).add(Headlines.text(row.get(axisColumns)));
            }
        }
        var gone = new ArrayList<>(bars.keySet());
        gone.removeAll(fresh.keySet());
        gone.forEach(key -> series.getData().remove(bars.remove(key)));
        var order = new ArrayList<>(fresh.keySet());
        java.util.Collections.reverse(order); // the first row on top
        if (!rows.getCategories().equals(order)) {
            rows.getCategories().setAll(order);
        }
        fresh.forEach((key, row) -> {
            var value = Headlines.number(row.get(row.size() - 1));
            var bar = bars.get(key);
            if (bar == null) {
                bar = new XYChart.Data<>(value, key);
                bar.setNode(barNode());
                bars.put(key, bar);
                series.getData().add(bar);
            } else if (bar.getXValue().doubleValue() != value) {
                bar.setXValue(value);
            }
            drawn(bar, Headlines.hasValue(row.get(row.size() - 1)));
            label(bar, row, winners.getOrDefault(key, List.of()));
        });
        fitHeight();
    }

    private String key(List<String> columns, List<Object> row) {
        var key = new StringBuilder();
        for (var i = 0; i < axisColumns; i++) {
            key.append(i == 0 ? "" : " · ").append(Headlines.text(columns.get(i), row.get(i)));
        }
        return key.toString();
    }

    private static StackPane barNode() {
        var text = new Label();
        text.getStyleClass().add("insights-bar-label");
        text.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 3; -fx-text-fill: -color-fg-default;"
                + " -fx-font-size: 0.85em; -fx-padding: 0 4 0 4;");
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var node = new StackPane(text);
        node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var tip = new Tooltip();
        Tooltip.install(node, tip);
        node.getProperties().put(TOOLTIP_KEY, tip);
        return node;
    }

    /** A bar without a value is see-through: its words say "no data", no zero-length bar pretends to be a value. */
    private static void drawn(XYChart.Data<Number, String> bar, boolean hasValue) {
        var node = bar.getNode();
        if (node.getStyleClass().contains(NO_DATA_CLASS) != !hasValue) {
            if (hasValue) {
                node.getStyleClass().remove(NO_DATA_CLASS);
                node.setStyle("");
            } else {
                node.getStyleClass().add(NO_DATA_CLASS);
                node.setStyle("-fx-background-color: transparent; -fx-border-color: transparent;");
            }
        }
    }

    /** The value, after the winner's name; tied winners share the bar, e.g. "art, travel (3)". */
    private void label(XYChart.Data<Number, String> bar, List<Object> row, List<String> names) {
        var last = row.get(row.size() - 1);
        var value = Headlines.hasValue(last) ? Headlines.text(last) : Headlines.NO_DATA;
        var name = String.join(", ", names);
        var node = (StackPane) bar.getNode();
        var text = (Label) node.getChildren().get(0);
        var shown = named ? name + " (" + value + ")" : value;
        if (!shown.equals(text.getText())) {
            text.setText(shown);
            // One tooltip per bar, its text changed: installing a new one per answer would add a handler each time.
            ((Tooltip) node.getProperties().get(TOOLTIP_KEY)).setText(bar.getYValue() + ": " + shown);
        }
    }

    /** Tall enough for every bar to be readable; the scroll pane scrolls past what the window shows. */
    private void fitHeight() {
        var wanted = Math.max(scroll.getViewportBounds().getHeight(), bars.size() * ROW_HEIGHT + 60);
        chart.setMinHeight(wanted);
        chart.setPrefHeight(wanted);
    }

    /** What the bars show, top first: the axis label and the bar's value, for a test to compare with the table. */
    List<Map.Entry<String, Number>> shown() {
        var order = new ArrayList<>(rows.getCategories());
        java.util.Collections.reverse(order);
        return order.stream().map(key -> Map.entry(key, bars.get(key).getXValue())).toList();
    }

    /** Whether a bar is drawn for this row (false: its row has no value), for a test. */
    boolean drawn(String key) {
        return !bars.get(key).getNode().getStyleClass().contains(NO_DATA_CLASS);
    }

    /** The words on a bar, for a test. */
    String words(String key) {
        return ((Label) ((StackPane) bars.get(key).getNode()).getChildren().get(0)).getText();
    }
}
