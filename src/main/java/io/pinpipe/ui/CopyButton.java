package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A small button that copies a value to the clipboard and says so for a moment. */
public final class CopyButton extends Button {

    public CopyButton(ObservableStringValue value, String what) {
        setGraphic(new FontIcon(Feather.COPY));
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        var tooltip = new Tooltip("Copy " + what);
        setTooltip(tooltip);
        disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> value.get() == null || value.get().isEmpty(), value));
        var reset = new PauseTransition(Duration.seconds(1.5));
        reset.setOnFinished(event -> setGraphic(new FontIcon(Feather.COPY)));
        setOnAction(event -> {
            var content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
            setGraphic(new FontIcon(Feather.CHECK));
            reset.playFromStart();
        });
    }
}
