package io.pinpipe.connections.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.ui.Confirm;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Edit connection…" and "Remove connection…" for wherever a person picks a connection: the same dialog as for a
 * new one, filled in; removal asks first, naming the connection. The built-in sandbox is neither edited nor removed.
 */
public final class ConnectionEditing {

    private ConnectionEditing() {
    }

    /** @param saved told the connection as saved (its name may have changed) */
    public static MenuItem editItem(Node owner, ObservableValue<Connection> selected, Supplier<ConnectionFormViewModel> form,
                                    Consumer<Connection> saved) {
        var item = new MenuItem("Edit connection…", new FontIcon(Feather.EDIT_2));
        item.setId("connection-edit");
        item.disableProperty().bind(notSaved(selected));
        item.setOnAction(event -> {
            var target = selected.getValue();
            if (target != null && !target.isLocalSandbox()) {
                new ConnectionDialog(form.get().edit(target)).show(owner.getScene().getWindow(), saved);
            }
        });
        return item;
    }

    /** @param remove removes the connection it is given, once the person said yes */
    public static MenuItem removeItem(Node owner, ObservableValue<Connection> selected, Consumer<Connection> remove) {
        var item = new MenuItem("Remove connection…", new FontIcon(Feather.TRASH_2));
        item.setId("connection-remove");
        item.disableProperty().bind(notSaved(selected));
        item.setOnAction(event -> {
            var target = selected.getValue();
            if (target != null && !target.isLocalSandbox() && Confirm.destructive(owner, "remove-connection",
                    "Remove connection", "Remove the connection “" + target.name() + "”?",
                    "Its address and settings are deleted from Pinpipe's saved connections. The cluster, its topics "
                            + "and its records are not touched.", "Remove")) {
                remove.accept(target);
            }
        });
        return item;
    }

    private static javafx.beans.binding.BooleanBinding notSaved(ObservableValue<Connection> selected) {
        return Bindings.createBooleanBinding(() -> selected.getValue() == null || selected.getValue().isLocalSandbox(),
                selected);
    }
}
