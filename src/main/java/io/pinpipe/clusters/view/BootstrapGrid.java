package io.pinpipe.clusters.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.clusters.BootstrapString;
import io.pinpipe.ui.CopyButton;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Every bootstrap broker string of the cluster, a row each: what it is for, the servers, a copy button. */
final class BootstrapGrid {

    private BootstrapGrid() {
    }

    static GridPane build(ClusterDetailViewModel model) {
        var grid = new GridPane();
        grid.setId("cluster-bootstrap");
        grid.setHgap(12);
        grid.setVgap(8);
        var labels = new ColumnConstraints();
        labels.setMinWidth(200);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        var loading = new Label("Loading…");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        grid.add(loading, 0, 0);
        model.bootstrap().addListener((ListChangeListener<BootstrapString>) change -> {
            // The rows go, "Loading…" stays: the next cluster selected shows it again while its strings load.
            grid.getChildren().setAll(loading);
            var row = 0;
            for (var string : model.bootstrap()) {
                var label = new Label(string.label());
                label.getStyleClass().add("field-label");
                grid.add(label, 0, row);
                grid.add(servers(string), 1, row);
                row++;
            }
        });
        return grid;
    }

    private static HBox servers(BootstrapString string) {
        var value = new TextField(string.servers());
        value.setEditable(false);
        value.getStyleClass().add("mono");
        value.setId("bootstrap-" + string.mode().id() + "-" + string.network().name().toLowerCase());
        var copy = new CopyButton(new SimpleStringProperty(string.servers()), string.label() + " bootstrap servers");
        var box = new HBox(4, value, copy);
        HBox.setHgrow(value, Priority.ALWAYS);
        return box;
    }
}
