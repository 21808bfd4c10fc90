package io.pinpipe.topics.view;

import io.pinpipe.topics.TopicSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import java.util.Comparator;
import java.util.function.Function;

/** The topic list: a virtual, sortable table that stays smooth with tens of thousands of rows. */
final class TopicTable {

    private TopicTable() {
    }

    static TableView<TopicSummary> build(TopicsViewModel model) {
        var table = new TableView<TopicSummary>();
        table.setId("topics-table");
        io.pinpipe.ui.TableCopy.install(table);
        var sorted = new SortedList<>(model.topics());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // The numbers keep their width; the name takes what is left, so a narrow list still shows every count.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        var name = column("Topic", TopicSummary::name, 320);
        name.setMinWidth(80);
        name.setMaxWidth(Double.MAX_VALUE);
        // String order, as TopicAdmin lists: rows arriving in it sort in one pass. The default Collator orders case and
        // punctuation otherwise, at 2 µs a comparison: half a second on the FX thread to sort 10,000 names.
        name.setComparator(Comparator.naturalOrder());
        table.getColumns().add(name);
        table.getColumns().add(fixed(column("Partitions", TopicSummary::partitions, 90), null));
        table.getColumns().add(fixed(column("RF", TopicSummary::replicationFactor, 48), "Replication factor"));
        table.getColumns().add(fixed(column("URP", TopicSummary::underReplicatedPartitions, 66),
                "Under-replicated partitions: those with fewer in-sync replicas than replicas"));
        table.getSortOrder().add(name);

        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TopicSummary topic, boolean empty) {
                super.updateItem(topic, empty);
                getStyleClass().removeAll("under-replicated", "failed-row");
                setTooltip(null);
                if (!empty && topic != null) {
                    if (topic.failed()) {
                        getStyleClass().add("failed-row");
                        setTooltip(new Tooltip(topic.error().orElse("")));
                    } else if (topic.underReplicatedPartitions() > 0) {
                        getStyleClass().add("under-replicated");
                    }
                }
            }
        });
        var empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? "Loading topics…"
                : model.filterProperty().get().isBlank() ? "No topics yet. Create one, or the pipeline's three."
                : "No topic matches “" + model.filterProperty().get().strip() + "”.",
                model.loadingProperty(), model.filterProperty()));
        table.setPlaceholder(empty);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // Rows read again or replaced (the pane shown again, a topic described anew) keep the topic selected.
        sorted.addListener((ListChangeListener<TopicSummary>) change -> keepSelection(table, model));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && model.detail().detailProperty().get().isPresent()) {
                event.consume();
                TopicChangeDialogs.delete(table.getScene().getWindow(), model.detail());
            }
        });
        return table;
    }

    private static void keepSelection(TableView<TopicSummary> table, TopicsViewModel model) {
        var wanted = model.detail().topicProperty().get();
        var selected = table.getSelectionModel().getSelectedItem();
        if (wanted.isEmpty() || (selected != null && selected.name().equals(wanted.get()))) {
            return;
        }
        var items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(wanted.get())) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    /** A number column at one width, an abbreviated header explained in a tooltip. */
    private static <T> TableColumn<TopicSummary, T> fixed(TableColumn<TopicSummary, T> column, String meaning) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        column.setId("topics-column-" + column.getText().toLowerCase(java.util.Locale.ROOT));
        if (meaning == null) {
            return column;
        }
        var header = new Label(column.getText());
        header.setTooltip(new Tooltip(meaning));
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    private static <T extends Comparable<T>> TableColumn<TopicSummary, T> column(String title,
                                                                                 Function<TopicSummary, T> value,
                                                                                 double width) {
        var column = new TableColumn<TopicSummary, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 140));
        return column;
    }
}
