package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.insights.StartAt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** What to read: the connection, the pipeline's prefix (with what is wrong with it under it) and where to start. */
final class InsightsControls extends VBox {

    InsightsControls(InsightsViewModel model) {
        var connection = ConnectionCell.picker("insights-connection", model.connections().all(),
                model.connections().chosen());
        connection.setMinWidth(Region.USE_PREF_SIZE);
        var prefix = new ComboBox<>(model.prefixes());
        prefix.setId("insights-prefix");
        prefix.setEditable(true);
        prefix.setPrefWidth(170);
        prefix.setPromptText("e.g. pinterest");
        prefix.getEditor().textProperty().bindBidirectional(model.prefixProperty());
        prefix.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.prefixProperty().set(now);
            }
        });
        prefix.getEditor().setOnAction(event -> model.start());
        var start = new ComboBox<StartAt>();
        start.setId("insights-from");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.getItems().setAll(StartAt.values());
        start.setConverter(new StringConverter<>() {
            @Override
            public String toString(StartAt at) {
                return at == null ? "" : at == StartAt.BEGINNING ? "From the beginning" : "From now";
            }

            @Override
            public StartAt fromString(String text) {
                return null;
            }
        });
        start.valueProperty().bindBidirectional(model.startAtProperty());
        start.disableProperty().bind(model.runningProperty());
        prefix.disableProperty().bind(model.runningProperty());
        connection.disableProperty().bind(model.runningProperty());
        var row = new FlowPane(16, 8, field("Connection", connection), field("Prefix", prefix), start);
        row.setAlignment(Pos.CENTER_LEFT);
        var note = new Label();
        note.setId("insights-prefix-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        note.textProperty().bind(model.prefixProblemProperty());
        note.visibleProperty().bind(model.prefixProblemProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        model.prefixProblemProperty().addListener((obs, old, now) ->
                prefix.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        setSpacing(4);
        setPadding(new Insets(0, 28, 12, 28));
        getChildren().addAll(row, note);
    }

    private static HBox field(String name, javafx.scene.Node control) {
        var label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        var box = new HBox(8, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
