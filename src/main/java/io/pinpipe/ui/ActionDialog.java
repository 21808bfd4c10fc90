package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/**
 * A dialog whose main button starts background work. It stays open while the work runs and when it
 * fails, showing why under the form, so nothing typed is lost; it closes when the work is done.
 */
public final class ActionDialog {

    /** What the main button does: call {@code done} or {@code failed} when the work ends. */
    @FunctionalInterface
    public interface Action {
        void run(Runnable done, Consumer<String> failed);
    }

    private ActionDialog() {
    }

    public static Dialog<Void> show(Window owner, String id, String title, String header, Node form, String actionText,
                                    BooleanExpression actionEnabled, boolean dangerous, Action action) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        var running = new SimpleBooleanProperty(false);
        var failure = new SimpleStringProperty("");
        var message = new Banner(id + "-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, "Not done");
        message.descriptionProperty().bind(failure);
        var content = new VBox(form, message);
        content.setSpacing(12);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);

        var actionType = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(actionType, ButtonType.CANCEL);
        var button = dialog.getDialogPane().lookupButton(actionType);
        button.setId(id + "-action");
        button.getStyleClass().add(dangerous ? Styles.DANGER : Styles.ACCENT);
        button.disableProperty().bind(actionEnabled.not().or(running));
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            running.set(true);
            failure.set("");
            action.run(() -> {
                running.set(false);
                dialog.setResult(null);
                dialog.close();
            }, reason -> {
                running.set(false);
                failure.set(reason);
            });
        });
        DialogFit.form(owner, dialog);
        dialog.show();
        return dialog;
    }
}
