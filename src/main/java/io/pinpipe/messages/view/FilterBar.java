package io.pinpipe.messages.view;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.pinpipe.messages.filter.SavedFilters;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filter: Contains and Expression on one line (the expression's syntax in its help), More for a regex, a header
 * and a time range, and the topic's saved filters. Each problem shows under the row, naming its field and column.
 */
final class FilterBar extends VBox {

    static final String SYNTAX = String.join("\n",
            "Expression syntax (combine with and, or, not, parentheses):",
            "  country = \"Albania\" and follower_count > 1000   JSON fields of the value",
            "  $.user.country = \"Chad\"                          a nested field",
            "  category in (\"art\", \"travel\")                    one of a list",
            "  not $.user.country exists                         a field that is missing",
            "  value contains \"Albania\"   key ~ /^user-\\d+$/     text and regular expressions",
            "  header.source = \"emulator\"                       a header's value",
            "  timestamp >= \"2026-12-07T10:00:00Z\"              the time of the message",
            "  \"Albania\"                                         the key or the value contains it",
            "A JSON condition on a value that is not JSON, or on a missing field, does not match.");

    private final MessagesViewModel model;
    private final CustomTextField contains = new CustomTextField();

    FilterBar(MessagesViewModel model) {
        this.model = model;
        var filter = model.filter();
        contains.setId("messages-contains");
        contains.setPromptText("Key or value contains");
        contains.setLeft(new FontIcon(Feather.SEARCH));
        contains.setPrefWidth(200);
        contains.setMinWidth(120);
        contains.textProperty().bindBidirectional(filter.containsProperty());
        contains.setOnAction(e -> model.run());
        var expression = new TextField();
        expression.setId("messages-expression");
        expression.setPromptText("Expression, e.g. country = \"Albania\" and follower_count > 1000");
        expression.setPrefWidth(420);
        expression.setMinWidth(160);
        expression.getStyleClass().add("mono");
        expression.textProperty().bindBidirectional(filter.expressionProperty());
        expression.setOnAction(e -> model.run());
        danger(expression, filter.expressionProblemProperty());
        // Search refused for the expression: the caret goes to the column its problem names.
        filter.onBadExpression(column -> {
            expression.requestFocus();
            expression.positionCaret(Math.max(0, Math.min(expression.getLength(), column - 1)));
        });
        HBox.setHgrow(expression, Priority.ALWAYS);
        var more = new ToggleButton("More", new FontIcon(Feather.SLIDERS));
        more.setId("messages-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip("A regular expression, a header and a time range"));
        more.selectedProperty().bindBidirectional(filter.moreProperty());
        HBox.setHgrow(contains, Priority.SOMETIMES);
        var row = new HBox(8, contains, expression, help(), more, savedMenu());
        row.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(row, problem("messages-expression-problem", filter.expressionProblemProperty()),
                moreRow(), problem("messages-more-problem", filter.moreProblemProperty()));
        setSpacing(4);
        setPadding(new Insets(0, 28, 8, 28));
    }

    void focus() {
        contains.requestFocus();
        contains.selectAll();
    }

    private static Label help() {
        var help = new Label(null, new FontIcon(Feather.HELP_CIRCLE));
        help.setId("messages-expression-help");
        help.setMinWidth(Region.USE_PREF_SIZE);
        var tip = new Tooltip(SYNTAX);
        tip.getStyleClass().add("mono");
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.minutes(2));
        help.setTooltip(tip);
        return help;
    }

    private FlowPane moreRow() {
        var filter = model.filter();
        var regex = field("messages-regex", "Regex on key or value", filter.regexProperty(), 200);
        regex.getStyleClass().add("mono");
        var name = field("messages-header-name", "Header name", filter.headerNameProperty(), 130);
        var value = field("messages-header-value", "Header value (any)", filter.headerValueProperty(), 130);
        var from = field("messages-from", "From (e.g. 1 hour ago)", filter.fromProperty(), 160);
        var until = field("messages-until", "Until (e.g. 2026-12-07 10:15)", filter.untilProperty(), 160);
        danger(regex, filter.moreProblemProperty());
        var box = new FlowPane(8, 6, regex, name, value, from, until);
        box.setId("messages-more-fields");
        box.visibleProperty().bind(filter.moreProperty());
        box.managedProperty().bind(filter.moreProperty());
        box.setMinWidth(0);
        box.setPrefWrapLength(600);
        return box;
    }

    private TextField field(String id, String prompt, StringProperty text, double width) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setTooltip(new Tooltip(prompt));
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(text);
        field.setOnAction(e -> model.run());
        return field;
    }

    private MenuButton savedMenu() {
        var menu = new MenuButton("Saved", new FontIcon(Feather.BOOKMARK));
        menu.setId("messages-saved");
        menu.setTooltip(new Tooltip("Filters saved for this topic"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        Runnable rebuild = () -> {
            var save = new MenuItem("Save current…");
            save.setId("messages-save-filter");
            save.setOnAction(e -> askName().ifPresent(n -> model.saved().save(n, model.filter().spec())));
            save.setDisable(model.topicName().isEmpty());
            menu.getItems().setAll(save);
            if (!model.saved().items().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            var delete = new Menu("Delete");
            for (var saved : model.saved().items()) {
                menu.getItems().add(apply(saved));
                var gone = new MenuItem(saved.name());
                gone.setOnAction(e -> model.saved().remove(saved.name()));
                delete.getItems().add(gone);
            }
            if (!delete.getItems().isEmpty()) {
                menu.getItems().addAll(new SeparatorMenuItem(), delete);
            }
        };
        model.saved().items().addListener((ListChangeListener<SavedFilters.Saved>) change -> rebuild.run());
        model.topicProperty().addListener((obs, old, now) -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private MenuItem apply(SavedFilters.Saved saved) {
        var item = new MenuItem(saved.name());
        item.setOnAction(e -> model.filter().apply(saved.spec()));
        return item;
    }

    private java.util.Optional<String> askName() {
        var dialog = io.pinpipe.ui.DialogFit.stretching(getScene().getWindow(), new TextInputDialog());
        dialog.setTitle("Save filter");
        dialog.setHeaderText("Save the current filter for " + model.topicName());
        dialog.setContentText("Name");
        return dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    private static void danger(TextField field, StringProperty problem) {
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }

    private static Label problem(String id, StringProperty text) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
