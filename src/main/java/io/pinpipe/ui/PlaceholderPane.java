package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a pane that is not built yet shows: plainly that, what it will do, and where to go meanwhile. */
public final class PlaceholderPane extends VBox {

    public PlaceholderPane(Ikon icon, String title, String promise, String actionText, Runnable action) {
        var titleLabel = new Label(title);
        titleLabel.getStyleClass().add("placeholder-title");
        var text = new Label(promise);
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        getChildren().addAll(new FontIcon(icon), titleLabel, text);
        if (action != null) {
            var button = new Button(actionText);
            button.getStyleClass().add(Styles.ACCENT);
            button.setOnAction(event -> action.run());
            getChildren().add(button);
        }
        getStyleClass().add("placeholder");
    }

    /** Without a button: when there is nothing to do but look elsewhere. */
    public PlaceholderPane(Ikon icon, String title, String text) {
        this(icon, title, text, null, null);
    }
}
