package io.pinpipe.insights.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.Query;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The selected question: its title and headline, its chart (made once per question, then updated in place), and
 * behind the "Table" toggle the rows themselves. Before the first answer, a sentence says what Start reads.
 */
final class ResultArea extends VBox {

    private final InsightsViewModel model;
    private final Map<Query, ResultView> charts = new EnumMap<>(Query.class);
    private final Map<Query, RowsTable> tables = new EnumMap<>(Query.class);
    private final Label title = new Label();
    private final Label answer = new Label();
    private final ToggleButton tableToggle = new ToggleButton("Table", new FontIcon(Feather.LIST));
    private final StackPane body = new StackPane();
    private final Label empty = new Label();

    ResultArea(InsightsViewModel model) {
        this.model = model;
        title.setId("insights-question");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(0);
        title.setWrapText(true); // a narrow window: the question on two lines rather than cut
        title.setMinHeight(Region.USE_PREF_SIZE);
        answer.setId("insights-answer");
        answer.getStyleClass().add(Styles.TEXT_MUTED);
        answer.setMinWidth(0);
        tableToggle.setId("insights-table-toggle");
        tableToggle.setMinWidth(Region.USE_PREF_SIZE);
        var words = new VBox(2, title, answer);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        var head = new HBox(12, words, tableToggle);
        head.setAlignment(Pos.CENTER_LEFT);
        empty.setId("insights-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyText());
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMinHeight(120);
        setSpacing(10);
        setPadding(new Insets(0, 0, 0, 16));
        setMinWidth(0);
        getChildren().addAll(head, body);
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.snapshotProperty().addListener((obs, old, now) -> update());
        tableToggle.selectedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Another question or view: its node replaces the one shown. */
    private void refresh() {
        var query = model.selectedProperty().get();
        title.setText(query.question() + " · " + query.title());
        var snapshot = model.snapshotProperty().get();
        if (snapshot == null) {
            body.getChildren().setAll(empty);
            answer.setText("");
            return;
        }
        body.getChildren().setAll(shown(query).node());
        update();
    }

    /** A new snapshot: only the question shown is drawn again, in place; the others catch up when shown. */
    private void update() {
        var snapshot = model.snapshotProperty().get();
        if (snapshot == null || body.getChildren().contains(empty)) {
            refresh();
            return;
        }
        var query = model.selectedProperty().get();
        var result = snapshot.result(query);
        answer.setText(Headlines.of(result));
        shown(query).show(result);
    }

    private ResultView shown(Query query) {
        return tableToggle.isSelected() ? table(query) : chart(query);
    }

    RowsTable table(Query query) {
        return tables.computeIfAbsent(query, q -> new RowsTable(q, false, "insights-table"));
    }

    ResultView chart(Query query) {
        return charts.computeIfAbsent(query, ResultArea::chartOf);
    }

    private static ResultView chartOf(Query query) {
        return switch (query) {
            case CATEGORY_PER_COUNTRY, CATEGORY_PER_YEAR, CATEGORY_PER_AGE_GROUP ->
                    new BarsView(1, true, "posts in the most popular category");
            case MOST_FOLLOWED_PER_COUNTRY, MOST_FOLLOWED_OVERALL -> new RowsTable(query, true, "insights-chart-table");
            case MEDIAN_FOLLOWERS_PER_AGE_GROUP, MEDIAN_FOLLOWERS_PER_JOIN_YEAR -> new BarsView(1, false, "median follower count");
            case USERS_JOINED_PER_YEAR -> new BarsView(1, false, "users joined");
            case MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR -> new BarsView(2, false, "median follower count");
        };
    }

}
