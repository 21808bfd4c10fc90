package io.pinpipe.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A warning box: a title and a sentence, both plain text, shown only while the sentence is not empty.
 * AtlantaFX's {@code Message} parses its description as BBCode and leaves its text flow empty when a message
 * from a server (an ARN, a bracketed word) does not parse, so a failure a person must read never goes through it.
 */
public final class Callout extends HBox {

    public Callout(String id, ObservableStringValue title, ObservableStringValue text) {
        super(12);
        var icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("callout-icon");
        var heading = new Label();
        heading.getStyleClass().add("callout-title");
        heading.textProperty().bind(title);
        heading.visibleProperty().bind(heading.textProperty().isNotEmpty());
        heading.managedProperty().bind(heading.visibleProperty());
        var body = new Label();
        body.setId(id + "-text");
        body.getStyleClass().add("callout-text");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.textProperty().bind(text);
        var words = new VBox(4, heading, body);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(icon, words);
        setAlignment(Pos.TOP_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
        getStyleClass().add("callout");
        setId(id);
        visibleProperty().bind(body.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
