package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.topics.PeekedMessage;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The Messages tab: the newest N messages across partitions, and the selected one pretty-printed. */
final class PeekView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    PeekView(TopicDetailViewModel model) {
        var count = new TextField();
        count.setId("peek-count");
        count.setPrefColumnCount(4);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bindBidirectional(model.peekCountProperty());
        var problem = model.peekProblemProperty();
        problem.addListener((obs, old, now) -> count.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        var peek = new Button("Peek", new FontIcon(Feather.EYE));
        peek.setId("peek-run");
        peek.getStyleClass().add(Styles.ACCENT);
        peek.setMinWidth(Region.USE_PREF_SIZE);
        peek.disableProperty().bind(model.peekingProperty().or(problem.isNotEmpty()));
        peek.setOnAction(event -> model.peek());
        count.setOnAction(event -> model.peek());
        var newest = fixed(new Label("Newest"));
        var messages = fixed(new Label("messages"));
        var open = new Button("Open in Messages", new FontIcon(Feather.INBOX));
        open.setId("peek-open-messages");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setTooltip(new javafx.scene.control.Tooltip("Search, page and tail this topic in the Messages pane"));
        open.setOnAction(event -> model.openInMessages());
        var peekRow = new HBox(6, newest, count, messages, peek);
        peekRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        peekRow.setMinWidth(Region.USE_PREF_SIZE);
        // Open in Messages goes under the peek row when the detail is narrow, never cut (900 px window).
        var bar = new io.pinpipe.ui.ToolRow(peekRow, new HBox(open), 6);

        // Under the field: what is wrong with the count, else how the last peek went; wrapped, never cut.
        var note = new Label();
        note.setId("peek-status");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.when(problem.isEmpty()).then(model.peekStatusProperty()).otherwise(problem));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        problem.addListener((obs, old, now) -> {
            note.getStyleClass().removeAll(Styles.TEXT_MUTED, "field-problem");
            note.getStyleClass().add(now.isEmpty() ? Styles.TEXT_MUTED : "field-problem");
        });
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        var top = new VBox(4, bar, note);
        top.setPadding(new javafx.geometry.Insets(8));

        var table = new TableView<>(model.messages());
        table.setId("peek-table");
        io.pinpipe.ui.TableCopy.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Partition", m -> Integer.toString(m.partition()), 88));
        table.getColumns().add(column("Offset", m -> Long.toString(m.offset()), 100));
        table.getColumns().add(column("Timestamp", m -> TIME.format(m.timestamp()), 195));
        table.getColumns().add(column("Key", m -> m.key().orElse("—"), 90));
        table.getColumns().add(column("Value", m -> m.value().replaceAll("\\s+", " "), 160));
        var empty = new Label("Press Peek to read the newest messages, without joining a consumer group.");
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        table.setPlaceholder(empty);

        var value = new TextArea();
        value.setId("peek-value");
        value.setEditable(false);
        value.getStyleClass().add("log-tail");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, message) ->
                value.setText(message == null ? "" : message.prettyValue()));

        model.messages().addListener((javafx.collections.ListChangeListener<PeekedMessage>) change -> {
            if (!model.messages().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        var split = new SplitPane(table, value);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(top);
        setCenter(split);
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TableColumn<PeekedMessage, String> column(String title, Function<PeekedMessage, String> value,
                                                             double width) {
        var column = new TableColumn<PeekedMessage, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
