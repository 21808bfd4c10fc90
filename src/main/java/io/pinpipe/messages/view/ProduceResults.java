package io.pinpipe.messages.view;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The produce dialog's results: each message's partition and offset, or the refusal in words, with an icon. */
final class ProduceResults {

    private ProduceResults() {
    }

    static VBox list(ProduceViewModel model) {
        var title = new Label("Results");
        title.getStyleClass().add("form-section");
        var list = new ListView<>(model.results());
        list.setId("produce-results");
        list.setPrefHeight(150);
        list.setMinHeight(110);
        var empty = new Label("Each message sent shows here with its partition and offset.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ProduceViewModel.ResultLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(line.text());
                setWrapText(true);
                setPrefWidth(0);
                var icon = new FontIcon(line.sent() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
                icon.getStyleClass().add(line.sent() ? Styles.SUCCESS : Styles.DANGER);
                setGraphic(icon);
            }
        });
        return new VBox(6, title, list);
    }
}
