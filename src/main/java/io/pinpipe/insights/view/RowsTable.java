package io.pinpipe.insights.view;

import io.pinpipe.insights.Query;
import io.pinpipe.insights.ResultTable;
import io.pinpipe.ui.TableCopy;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * A question's rows as a table, its columns the notebook's names; Ctrl+C copies. With {@code bar}, the last column
 * also draws each value as a bar against the largest one (the most-followed users).
 */
final class RowsTable implements ResultView {

    private final TableView<List<Object>> table = new TableView<>();
    private double largest = 1;

    RowsTable(Query query, boolean bar, String id) {
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No rows yet"));
        var columns = query.columns();
        for (var i = 0; i < columns.size(); i++) {
            var index = i;
            var column = new TableColumn<List<Object>, Object>(columns.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(index)));
            var last = i == columns.size() - 1;
            column.setCellFactory(c -> last && bar ? new BarCell() : new TextCell(columns.get(index)));
            column.setPrefWidth(last && bar ? 260 : 150);
            table.getColumns().add(column);
        }
        TableCopy.install(table);
    }

    @Override
    public Node node() {
        return table;
    }

    @Override
    public void show(ResultTable result) {
        var rows = result == null ? List.<List<Object>>of() : result.rows();
        largest = Math.max(1, rows.stream().mapToDouble(row -> Headlines.number(row.get(row.size() - 1))).max().orElse(1));
        if (!rows.equals(table.getItems())) {
            table.getItems().setAll(rows);
        }
    }

    private static final class TextCell extends TableCell<List<Object>, Object> {
        private final String column;

        TextCell(String column) {
            this.column = column;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : Headlines.text(column, item));
            setAlignment(item instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }
    }

    /** The value, and a bar as long as its share of the largest value. */
    private final class BarCell extends TableCell<List<Object>, Object> {
        private final Region bar = new Region();
        private final Label value = new Label();
        private final HBox box = new HBox(8, bar, value);

        BarCell() {
            bar.getStyleClass().add("insights-cell-bar");
            bar.setStyle("-fx-background-color: -color-accent-emphasis; -fx-background-radius: 2;");
            bar.setPrefHeight(10);
            bar.setMaxHeight(10);
            box.setAlignment(Pos.CENTER_LEFT);
            value.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            value.setText(Headlines.text(item));
            bar.setVisible(Headlines.hasValue(item)); // no value ("–"): no bar, not a sliver pretending to be one
            var share = Headlines.number(item) / largest;
            bar.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(0, widthProperty().subtract(110))
                    .multiply(Math.max(0.01, share)));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            setGraphic(box);
        }
    }

    TableView<List<Object>> table() {
        return table;
    }
}
