package io.pinpipe.emulator.view;

import io.pinpipe.emulator.SourceTable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/** The three source tables' newest rows, one table above another, newest first. */
final class LiveTablesView extends SplitPane {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    LiveTablesView(LiveRows rows, Function<SourceTable, ObservableStringValue> topicOf) {
        setOrientation(Orientation.VERTICAL);
        for (var table : SourceTable.values()) {
            getItems().add(section(table, rows, topicOf.apply(table)));
        }
        setDividerPositions(0.34, 0.67);
        getStyleClass().add("live-tables");
    }

    private static VBox section(SourceTable source, LiveRows rows, ObservableStringValue topic) {
        var title = new Label();
        title.getStyleClass().add("live-table-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> titleOf(source) + "  →  " + topic.get(), topic));
        var table = new TableView<>(rows.rows(source));
        table.setId("emulator-table-" + source.topicSuffix());
        io.pinpipe.ui.TableCopy.install(table);
        table.setPlaceholder(new Label("Rows from " + source.table() + " appear here while a run goes."));
        table.getStyleClass().addAll("dense", "live-table");
        for (var column : source.columns()) {
            table.getColumns().add(column(column));
        }
        if (source != SourceTable.PIN) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        var box = new VBox(4, title, table);
        box.setMinHeight(90);
        return box;
    }

    private static TableColumn<Map<String, Object>, String> column(String name) {
        var column = new TableColumn<Map<String, Object>, String>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text(cell.getValue().get(name))));
        column.setSortable(false);
        column.setPrefWidth(switch (name) {
            case "title", "description", "image_src", "tag_list" -> 220;
            case "unique_id", "timestamp", "date_joined", "save_location", "poster_name" -> 150;
            default -> 90;
        });
        // The table fits its columns to its width: a number column keeps room for a coordinate or a count.
        column.setMinWidth(80);
        return column;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof LocalDateTime time ? DATE_TIME.format(time) : value.toString();
    }

    private static String titleOf(SourceTable table) {
        return switch (table) {
            case PIN -> "Posts";
            case GEO -> "Geolocations";
            case USER -> "Users";
        };
    }
}
