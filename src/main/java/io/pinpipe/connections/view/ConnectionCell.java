package io.pinpipe.connections.view;

import io.pinpipe.connections.Connection;
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
