package io.pinpipe.ui;

import javafx.application.Platform;
import javafx.scene.control.Dialog;

/** Lets a dialog grow to show a message that appeared, rather than cutting off its buttons. */
public final class DialogSizing {

    private DialogSizing() {
    }

    public static void fitSoon(Dialog<?> dialog) {
        Platform.runLater(() -> {
            var scene = dialog.getDialogPane().getScene();
            // Closed in the meantime (e.g. after a successful create): nothing to fit.
            if (scene != null && scene.getWindow() != null && dialog.isShowing()) {
                scene.getWindow().sizeToScene();
            }
        });
    }
}
