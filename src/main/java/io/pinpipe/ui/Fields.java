package io.pinpipe.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Label-and-value rows lined up in two columns. */
public final class Fields extends GridPane {

    private int rows;

    public Fields() {
        setHgap(16);
        setVgap(10);
        var labels = new ColumnConstraints();
        labels.setMinWidth(120);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, values);
    }

    public Fields row(String label, Node value) {
        var name = new Label(label);
        name.getStyleClass().add("field-label");
        add(name, 0, rows);
        add(value, 1, rows);
        rows++;
        return this;
    }
}
