package io.pinpipe.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A titled card: an icon, a title with a state badge on the right, a caption, then the content. */
public final class Panel extends VBox {

    public Panel(Ikon icon, String title, Badge badge, String caption) {
        var titleLabel = new Label(title, new FontIcon(icon));
        titleLabel.getStyleClass().add("panel-title");
        titleLabel.setGraphicTextGap(10);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(titleLabel, spacer, badge);
        header.setSpacing(8);
        var captionLabel = new Label(caption);
        captionLabel.getStyleClass().add("panel-caption");
        captionLabel.setWrapText(true);
        getChildren().addAll(header, captionLabel);
        getStyleClass().add("panel");
        setMaxWidth(860);
    }

    public Panel with(Node... content) {
        getChildren().addAll(content);
        return this;
    }
}
