package io.pinpipe.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** An empty state: an icon, a title and a sentence saying what to do to fill it. */
public final class PlaceholderPane extends VBox {

    public PlaceholderPane(Ikon icon, String title, String text) {
        var titleLabel = new Label(title);
        titleLabel.getStyleClass().add("placeholder-title");
        var textLabel = new Label(text);
        textLabel.getStyleClass().add("placeholder-text");
        textLabel.setWrapText(true);
        textLabel.setMaxWidth(520);
        getChildren().addAll(new FontIcon(icon), titleLabel, textLabel);
        getStyleClass().add("placeholder");
    }
}
