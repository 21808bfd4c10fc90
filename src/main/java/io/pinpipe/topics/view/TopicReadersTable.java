package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
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

    /** "6", "unknown"; "past end" (or "6 + past end") when a committed offset is beyond the log's end. */
    static String lag(TopicReader reader) {
        var number = reader.lag().isPresent() ? String.format(Locale.US, "%,d", reader.lag().getAsLong()) : "unknown";
        if (reader.partitionsPastEnd() == 0) {
            return number;
        }
        return reader.lag().isPresent() && reader.lag().getAsLong() > 0 ? number + " + past end" : "past end";
    }

    /** Why a row says "past end", for its tooltip; empty when it does not. */
    static String pastEndExplained(TopicReader reader) {
        var count = reader.partitionsPastEnd();
        if (count == 0) {
            return "";
        }
        return (count == 1 ? "1 partition has" : count + " partitions have") + " a committed offset beyond the log's "
                + "end (e.g. the topic was recreated): the group will not read there until its offsets are reset. "
                + "Such partitions count as no lag.";
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
