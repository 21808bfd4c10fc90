package io.pinpipe.ui;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A message box above a pane's content: an icon, an optional title, a sentence that wraps, and actions on the right.
 * It takes the height its wrapped sentence needs at the width it gets, so a long error pushes what follows down
 * instead of lying over it. Hidden while its sentence is empty. Plain text: AtlantaFX's {@code Message} parses its
 * description as BBCode and shows an empty box for a server's words it cannot parse (an ARN, a bracketed word), so
 * every message of the app goes through this instead.
 */
public final class Banner extends HBox {

    /** The colour of the box, by what it says. */
    public enum Kind {
        DANGER("banner-danger"), WARNING("banner-warning"), INFO("banner-info"), SUCCESS("banner-success");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private final Label titleLabel = new Label();
    private final Label description = new Label();

    public Banner(String id, Kind kind, Ikon icon, String title) {
        setId(id);
        getStyleClass().addAll("banner", kind.styleClass);
        var graphic = new FontIcon(icon);
        graphic.getStyleClass().add("banner-icon");
        var text = new VBox(2);
        titleLabel.setText(title);
        titleLabel.getStyleClass().add("banner-title");
        titleLabel.setWrapText(true);
        titleLabel.visibleProperty().bind(titleLabel.textProperty().isNotEmpty());
        titleLabel.managedProperty().bind(titleLabel.visibleProperty());
        text.getChildren().add(titleLabel);
        description.getStyleClass().add("banner-description");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        text.getChildren().add(description);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getChildren().addAll(graphic, text);
        var shown = description.textProperty().isNotEmpty();
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    /** Actions on the right, kept at their full width. */
    public Banner withActions(Node... actions) {
        for (var action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        getChildren().addAll(actions);
        return this;
    }

    /** A close button that runs {@code close}, e.g. clearing the sentence. */
    public Banner closable(Runnable close) {
        var button = new Button(null, new FontIcon(Feather.X));
        button.getStyleClass().addAll("flat", "button-icon", "banner-close");
        button.setOnAction(event -> close.run());
        return withActions(button);
    }

    /** The bold line above the sentence; none when empty. */
    public StringProperty titleProperty() {
        return titleLabel.textProperty();
    }

    public StringProperty descriptionProperty() {
        return description.textProperty();
    }

    public String getDescription() {
        return description.getText();
    }
}
