package io.pinpipe.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A pane's title and one-line description, with its actions on the right; when the window is too narrow for both
 * side by side, the actions go to a line of their own under the title ({@link ToolRow}) rather than being cut.
 */
public final class PaneHeader extends VBox {

    public PaneHeader(String title, String subtitle, Node... actions) {
        var titleLabel = new Label(title);
        titleLabel.getStyleClass().add("pane-title");
        var subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add("pane-subtitle");
        var text = new VBox(titleLabel, subtitleLabel);
        text.setSpacing(2);
        text.setMinWidth(0);
        getStyleClass().add("pane-header");
        if (actions.length == 0) {
            getChildren().add(text);
            return;
        }
        var right = new HBox(8, actions);
        right.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(new ToolRow(text, right, 16));
    }
}
