package io.pinpipe.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Copy from any table: Ctrl+C copies the selected rows (cells tab-separated, a row a line), and the context menu
 * offers Copy cell, Copy row and Copy row as JSON (the column titles as keys; numbers stay numbers).
 */
public final class TableCopy<S> {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TableView<S> table;
    /** The column of the cell last pressed on, for Copy cell when the table selects whole rows. */
    private TableColumn<S, ?> pressedColumn;

    private TableCopy(TableView<S> table) {
        this.table = table;
    }

    public static <S> void install(TableView<S> table) {
        var copy = new TableCopy<>(table);
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event) && !table.getSelectionModel().getSelectedItems().isEmpty()) {
                copy.toClipboard(copy.rowsAsText());
                event.consume();
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> copy.remember(event.getPickResult().getIntersectedNode()));
        var menu = table.getContextMenu() != null ? table.getContextMenu() : new ContextMenu();
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(item("Copy cell", "copy-cell", () -> copy.toClipboard(copy.cellAsText())),
                item("Copy row", "copy-row", () -> copy.toClipboard(copy.rowsAsText())),
                item("Copy row as JSON", "copy-row-json", () -> copy.toClipboard(copy.rowsAsJson())));
        menu.setOnShowing(event -> menu.getItems().forEach(
                entry -> entry.setDisable(table.getSelectionModel().getSelectedItems().isEmpty())));
        table.setContextMenu(menu);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    @SuppressWarnings("unchecked")
    private void remember(Node picked) {
        for (var node = picked; node != null && node != table; node = node.getParent()) {
            if (node instanceof TableCell<?, ?> cell) {
                pressedColumn = (TableColumn<S, ?>) cell.getTableColumn();
                return;
            }
        }
    }

    String rowsAsText() {
        return selectedRows().stream()
                .map(row -> columns().stream().map(column -> text(value(column, row))).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    String cellAsText() {
        var focused = table.getFocusModel().getFocusedCell();
        var column = focused != null && focused.getTableColumn() != null ? focused.getTableColumn() : pressedColumn;
        var row = table.getSelectionModel().getSelectedIndex();
        if (column == null || row < 0) {
            return rowsAsText();
        }
        return text(value(column, row));
    }

    String rowsAsJson() {
        var rows = selectedRows().stream().map(this::json).toList();
        var tree = rows.size() == 1 ? rows.get(0) : JSON.createArrayNode().addAll(rows);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A table row could not be written as JSON", e);
        }
    }

    private ObjectNode json(int row) {
        var node = JSON.createObjectNode();
        var columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var key = title(column).orElse("column " + (i + 1));
            var value = plain(value(column, row));
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                node.put(key, ((Number) value).longValue());
            } else if (value instanceof BigInteger big) {
                node.put(key, big);
            } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                node.put(key, new BigDecimal(number.toString()));
            } else if (value instanceof Boolean bool) {
                node.put(key, bool);
            } else if (value == null) {
                node.putNull(key);
            } else {
                node.put(key, value.toString());
            }
        }
        return node;
    }

    private List<Integer> selectedRows() {
        return table.getSelectionModel().getSelectedIndices().stream().filter(i -> i >= 0).sorted().toList();
    }

    /** The title a person reads: the column's text, or the label put in its header instead (e.g. with a tooltip). */
    private static java.util.Optional<String> title(TableColumn<?, ?> column) {
        var text = column.getText();
        if ((text == null || text.isBlank()) && column.getGraphic() instanceof javafx.scene.control.Labeled header) {
            text = header.getText();
        }
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    private List<TableColumn<S, ?>> columns() {
        return table.getVisibleLeafColumns();
    }

    private static Object value(TableColumn<?, ?> column, int row) {
        return column.getCellData(row);
    }

    private static Object plain(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    private static String text(Object value) {
        var plain = plain(value);
        return plain == null ? "" : plain.toString();
    }

    private void toClipboard(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
