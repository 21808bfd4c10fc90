package io.pinpipe.messages.view;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageJson;
import io.pinpipe.messages.Rendering;
import io.pinpipe.ui.TableCopy;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The matches: partition, offset, timestamp (its type in the tooltip), key, value, headers, size. */
final class ResultsTable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final int CELL_CHARS = 300;

    private ResultsTable() {
    }

    static TableView<Message> build(MessagesViewModel model, Runnable sendAgain) {
        var table = new TableView<>(model.rows());
        table.setId("messages-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getColumns().add(column("Partition", m -> Integer.toString(m.partition()), 84));
        table.getColumns().add(column("Offset", m -> Long.toString(m.offset()), 96));
        table.getColumns().add(timestamp());
        table.getColumns().add(column("Key", m -> Rendering.oneLine(m.key(), 80), 90));
        table.getColumns().add(column("Headers", ResultsTable::headers, 80));
        table.getColumns().add(column("Size", m -> MessageWords.bytes(m.size()), 76));
        var value = column("Value", m -> Rendering.oneLine(m.value(), CELL_CHARS), 320);
        value.setMinWidth(120);
        value.getStyleClass().add("mono");
        table.getColumns().add(value);
        var empty = new Label("Choose a topic and press Search, or pick Live to watch new messages come in. "
                + "Reading never joins a consumer group or commits offsets.");
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, message) -> {
            if (message != null || !model.busyProperty().get()) {
                model.selectedProperty().set(message);
            }
        });
        table.setContextMenu(new ContextMenu(
                item("Copy value", "messages-copy-value-menu", () -> copy(Rendering.render(
                        selected(table).value(), Rendering.Shown.AUTO)), table),
                item("Copy message (JSON)", "messages-copy-json-menu", () -> copy(MessageJson.line(selected(table))),
                        table),
                item("Send again…", "messages-send-again-menu", sendAgain, table)));
        TableCopy.install(table);
        return table;
    }

    private static Message selected(TableView<Message> table) {
        return table.getSelectionModel().getSelectedItem();
    }

    private static MenuItem item(String text, String id, Runnable action, TableView<Message> table) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            if (selected(table) != null) {
                action.run();
            }
        });
        return item;
    }

    static void copy(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** "2 · source, trace" : the count and the first names. */
    static String headers(Message message) {
        if (message.headers().isEmpty()) {
            return "—";
        }
        var names = message.headers().stream().limit(3).map(Message.Header::name).collect(Collectors.joining(", "));
        return message.headers().size() + " · " + names + (message.headers().size() > 3 ? ", …" : "");
    }

    private static TableColumn<Message, String> timestamp() {
        var column = column("Timestamp", m -> TIME.format(m.timestamp()), 200);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                var message = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (message != null) {
                    tip.setText(message.timestampType().label() + " · " + message.timestamp());
                }
                setTooltip(message == null ? null : tip);
            }
        });
        return column;
    }

    private static TableColumn<Message, String> column(String title, Function<Message, String> value, double width) {
        var column = new TableColumn<Message, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
