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
import javafx.scene.layout.HBox;
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
        count.setPrefColumnCount(5);
        count.textProperty().bindBidirectional(model.peekCountProperty());
        var peek = new Button("Peek", new FontIcon(Feather.EYE));
        peek.setId("peek-run");
        peek.getStyleClass().add(Styles.ACCENT);
        peek.disableProperty().bind(model.peekingProperty());
        peek.setOnAction(event -> model.peek());
        count.setOnAction(event -> model.peek());
        var status = new Label();
        status.setId("peek-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.peekStatusProperty());
        var bar = new HBox(8, new Label("Newest"), count, new Label("messages"), peek, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(8));

        var table = new TableView<>(model.messages());
        table.setId("peek-table");
        io.pinpipe.ui.TableCopy.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Partition", m -> Integer.toString(m.partition()), 78));
        table.getColumns().add(column("Offset", m -> Long.toString(m.offset()), 80));
        table.getColumns().add(column("Timestamp", m -> TIME.format(m.timestamp()), 170));
        table.getColumns().add(column("Key", m -> m.key().orElse("—"), 90));
        table.getColumns().add(column("Value", m -> m.value().replaceAll("\\s+", " "), 160));
        table.setPlaceholder(new Label("Press Peek to read the newest messages, without joining a consumer group."));

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
        setTop(bar);
        setCenter(split);
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
