package io.pinpipe.connections.view;

import io.pinpipe.connections.Connection;
import javafx.scene.control.ListCell;

/** A connection in a picker: its name and where it points. */
public final class ConnectionCell extends ListCell<Connection> {

    @Override
    protected void updateItem(Connection connection, boolean empty) {
        super.updateItem(connection, empty);
        setText(empty || connection == null ? null : connection.name() + "  ·  " + connection.bootstrap());
    }
}
