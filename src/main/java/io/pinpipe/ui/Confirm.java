package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks before something that cannot be undone. The destructive button is never the default: Enter and Escape
 * both cancel, only a click (or Space on the focused button) goes ahead.
 */
public final class Confirm {

    private Confirm() {
    }

    /** @return whether the person chose {@code action} */
    public static boolean destructive(Node owner, String id, String title, String question, String consequence,
                                      String action) {
        var go = new ButtonType(action, ButtonBar.ButtonData.OTHER);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, go, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(question);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        var pane = alert.getDialogPane();
        pane.setId(id);
        var goButton = (Button) pane.lookupButton(go);
        goButton.setDefaultButton(false);
        goButton.getStyleClass().add(Styles.DANGER);
        goButton.setId(id + "-go");
        var cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.setId(id + "-cancel");
        alert.setOnShown(event -> cancel.requestFocus());
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
