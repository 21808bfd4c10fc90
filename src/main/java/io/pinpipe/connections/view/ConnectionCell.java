package io.pinpipe.connections.view;

import io.pinpipe.connections.Connection;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** A connection in a picker: its name and where it points. */
public final class ConnectionCell extends ListCell<Connection> {

    private final boolean compact;

    /** Name and address on one line: in the picker's list, where there is room. */
    public ConnectionCell() {
        this(false);
    }

    private ConnectionCell(boolean compact) {
        this.compact = compact;
    }

    /** The name alone, the address in a tooltip: for a picker's own face in a narrow form. */
    /** The connection picker of a pane's header: its cells, width, and its value bound both ways to {@code chosen}. */
    public static ComboBox<Connection> picker(String id, ObservableList<Connection> items, Property<Connection> chosen) {
        var picker = new ComboBox<>(items);
        picker.setId(id);
        picker.valueProperty().bindBidirectional(chosen);
        picker.setCellFactory(list -> new ConnectionCell());
        picker.setButtonCell(new ConnectionCell());
        picker.setPrefWidth(280);
        picker.setMinWidth(180);
        return picker;
    }

    public static ConnectionCell compact() {
        return new ConnectionCell(true);
    }

    @Override
    protected void updateItem(Connection connection, boolean empty) {
        super.updateItem(connection, empty);
        if (empty || connection == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        var full = connection.name() + "  ·  " + connection.bootstrap();
        setText(compact ? connection.name() : full);
        setTooltip(compact ? new Tooltip(full) : null);
    }
}
