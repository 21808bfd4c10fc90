package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.consumers.LagText;
import io.pinpipe.consumers.TopicReader;
import io.pinpipe.ui.TableCopy;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;
import java.util.function.Function;

/** The "Consumer groups" tab of a topic: who reads it, how far behind; a double-click opens the group in Consumers. */
final class TopicReadersTable extends VBox {

    TopicReadersTable(TopicDetailViewModel model) {
        var table = new TableView<>(model.readers());
        table.setId("topic-readers-table");
        TableCopy.install(table);
        // The columns share the width down to their minimums: a long group id may end in "...", counts never do.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("Group", TopicReader::groupId, 240, 120));
        table.getColumns().add(column("State", TopicReader::state, 130, 110));
        table.getColumns().add(column("Members", r -> Integer.toString(r.members()), 95, 95));
        var lag = column("Lag", TopicReadersTable::lag, 110, 90);
        lag.setCellFactory(view -> new LagCell());
        table.getColumns().add(lag);
        var placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.readersStatusProperty());
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            var row = new TableRow<TopicReader>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.openInConsumers(row.getItem().groupId());
                }
            });
            return row;
        });

        var open = new Button("Open in Consumers", new FontIcon(Feather.ARROW_RIGHT));
        open.setId("topic-readers-open");
        open.getStyleClass().add(Styles.SMALL);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> model.openInConsumers(table.getSelectionModel().getSelectedItem().groupId()));
        var status = new Label();
        status.setId("topic-readers-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> model.readers().isEmpty()
                ? model.readersStatusProperty().get()
                : "Lag: messages of this topic written but not yet consumed by the group. Double-click a group to open it.",
                model.readers(), model.readersStatusProperty()));
        var tools = new VBox(6, open, status);
        tools.setPadding(new javafx.geometry.Insets(8, 8, 6, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(tools, table);
    }

    /**
     * "6", "unknown"; "0 ⚠" when a committed offset is beyond the log's end, as the Consumers pane's groups table
     * says it: the column is narrow, the words ("0 (1 partition past end)") are in the tooltip.
     */
    static String lag(TopicReader reader) {
        var number = reader.lag().isPresent() ? String.format(Locale.US, "%,d", reader.lag().getAsLong()) : "unknown";
        return reader.partitionsPastEnd() == 0 ? number : number + " " + PAST_END_MARK;
    }

    /** After a lag with partitions past the end, as in the Consumers pane. */
    static final String PAST_END_MARK = "⚠";

    /** Why a row is marked, for its tooltip: "0 (1 partition past end). The committed offset is beyond…"; else empty. */
    static String pastEndExplained(TopicReader reader) {
        var count = reader.partitionsPastEnd();
        if (count == 0) {
            return "";
        }
        return LagText.withPastEnd(reader.lag().isPresent()
                ? String.format(Locale.US, "%,d", reader.lag().getAsLong()) : "unknown", count)
                + ". " + LagText.PAST_END_MEANING;
    }

    /** The lag, with a tooltip explaining "past end". */
    private static final class LagCell extends TableCell<TopicReader, String> {

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            var reader = empty || getTableRow() == null ? null : getTableRow().getItem();
            var why = reader == null ? "" : pastEndExplained(reader);
            setTooltip(why.isEmpty() ? null : new Tooltip(why));
        }
    }

    private static TableColumn<TopicReader, String> column(String title, Function<TopicReader, String> value, double width,
                                                           double min) {
        var column = new TableColumn<TopicReader, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(min);
        return column;
    }
}
