package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.insights.Query;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The eight questions, each with its headline answer under its title; the one selected is drawn on the right. */
final class QuestionList {

    private QuestionList() {
    }

    static ListView<Query> of(InsightsViewModel model) {
        var list = new ListView<>(FXCollections.observableArrayList(Query.values()));
        list.setId("insights-questions");
        list.setCellFactory(view -> new QuestionCell(model));
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        model.snapshotProperty().addListener((obs, old, now) -> list.refresh());
        list.setMinWidth(180);
        list.setPrefWidth(250);
        list.setMaxWidth(380);
        return list;
    }

    private static final class QuestionCell extends ListCell<Query> {
        private final InsightsViewModel model;
        private final javafx.scene.text.Text title = new javafx.scene.text.Text();
        private final Label headline = new Label();
        private final VBox box = new VBox(2, title, headline);

        QuestionCell(InsightsViewModel model) {
            this.model = model;
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setStyle("-fx-fill: -color-fg-default;");
            headline.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            // Wrapped at the cell's width, so a long title takes two lines instead of ending in "…".
            title.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.max(100, widthProperty().subtract(28)));
            headline.maxWidthProperty().bind(title.wrappingWidthProperty());
            headline.setMinWidth(0);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Query query, boolean empty) {
            super.updateItem(query, empty);
            setText(null);
            if (empty || query == null) {
                setGraphic(null);
                return;
            }
            title.setText(query.question() + ". " + query.title());
            var snapshot = model.snapshotProperty().get();
            headline.setText(snapshot == null ? "" : Headlines.of(snapshot.result(query)));
            headline.setVisible(snapshot != null);
            headline.setManaged(snapshot != null);
            setGraphic(box);
        }
    }
}
