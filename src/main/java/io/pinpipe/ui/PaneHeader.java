package io.pinpipe.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A pane's title and one-line description, with room for actions on the right. */
public final class PaneHeader extends HBox {

    public PaneHeader(String title, String subtitle, Node... actions) {
        var titleLabel = new Label(title);
        titleLabel.getStyleClass().add("pane-title");
        var subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("pane-subtitle");
        var text = new VBox(titleLabel, subtitleLabel);
        text.setSpacing(2);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer);
        getChildren().addAll(actions);
        getStyleClass().add("pane-header");
        setSpacing(8);
    }
}
