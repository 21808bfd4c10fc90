package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.TimeLag;
import io.pinpipe.ui.TableCopy;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The groups of a connection: a sortable table, numbers sorted as numbers, lag in time filled in after the rest. */
final class GroupTable {

    private GroupTable() {
    }

    static TableView<GroupSummary> build(ConsumersViewModel model) {
        var table = new TableView<GroupSummary>();
        table.setId("consumers-table");
        TableCopy.install(table);
        var sorted = new SortedList<>(model.groups());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        var id = text("Group", GroupSummary::groupId, 240, 100);
        id.setComparator(Comparator.naturalOrder());
        table.getColumns().add(id);
        table.getColumns().add(text("Type", GroupTable::type, 120, 60));
        table.getColumns().add(text("State", GroupSummary::state, 110, 60));
        table.getColumns().add(number("Members", g -> (long) g.members(), 92));
        table.getColumns().add(totalLag());
        table.getColumns().add(timeLag());
        // Names last and narrowest at the smallest window: what gets cut there is a name, never a number.
        table.getColumns().add(text("Topics", g -> String.join(", ", g.topics()), 160, 50));
        table.getColumns().add(text("Coordinator", g -> g.coordinator().orElse("—"), 190, 50));
        table.getSortOrder().add(id);

        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(GroupSummary group, boolean empty) {
                super.updateItem(group, empty);
                getStyleClass().remove("failed-row");
                setTooltip(null);
                if (!empty && group != null && group.error().isPresent()) {
                    getStyleClass().add("failed-row");
                    setTooltip(new Tooltip(group.error().get()));
                }
            }
        });
        var placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                        ? "Reading the consumer groups…"
                        : !model.errorProperty().get().isEmpty() ? "No groups to show."
                        : model.stoppedBeforeListedProperty().get()
                        ? "Stopped before the groups were read — press F5 to read them."
                        : model.filterProperty().get().isBlank() ? "No consumer groups here yet."
                        : "No group matches “" + model.filterProperty().get().strip() + "”.",
                model.loadingProperty(), model.filterProperty(), model.errorProperty(),
                model.stoppedBeforeListedProperty()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // Rows read again (refresh, the lag in time arriving) or a group asked for by another pane: that row selected.
        sorted.addListener((ListChangeListener<GroupSummary>) change -> keepSelection(table, model));
        model.detail().groupProperty().addListener((obs, old, now) -> keepSelection(table, model));
        return table;
    }

    private static void keepSelection(TableView<GroupSummary> table, ConsumersViewModel model) {
        var wanted = model.detail().groupProperty().get();
        var selected = table.getSelectionModel().getSelectedItem();
        if (wanted.isEmpty()) {
            if (selected != null) {
                table.getSelectionModel().clearSelection();
            }
            return;
        }
        if (selected != null && selected.groupId().equals(wanted.get())) {
            return;
        }
        var items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).groupId().equals(wanted.get())) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    /** "classic · range", "consumer · uniform", "connect". */
    static String type(GroupSummary group) {
        var protocol = group.protocol() == null ? "" : group.protocol().strip();
        var kind = group.kind().label();
        return protocol.isEmpty() || protocol.equalsIgnoreCase(kind) ? kind : kind + " · " + protocol;
    }

    /** A column of words, at least {@code least} wide. */
    private static TableColumn<GroupSummary, String> text(String title, Function<GroupSummary, String> value,
                                                          double width, double least) {
        var column = new TableColumn<GroupSummary, String>(title);
        column.setId("consumers-column-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }

    /** A count, right-aligned with separators, sorted as a number; a dash (sorted first) when unknown. */
    private static TableColumn<GroupSummary, Long> number(String title, Function<GroupSummary, Long> value,
                                                          double width) {
        var column = new TableColumn<GroupSummary, Long>(title);
        column.setId("consumers-column-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long count, boolean empty) {
                super.updateItem(count, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(empty ? null : count == null ? "—" : LagWords.count(count));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    /**
     * The total lag, sorted as a number; a group with partitions past the log's end says so ("0 ⚠", "0 (1 partition
     * past end)" and its meaning in a tooltip) rather than looking caught up.
     */
    private static TableColumn<GroupSummary, GroupSummary> totalLag() {
        var column = new TableColumn<GroupSummary, GroupSummary>("Total lag");
        column.setId("consumers-column-total-lag");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparingLong((GroupSummary g) -> g.totalLag().orElse(-1))
                .thenComparingInt(GroupSummary::partitionsPastEnd));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(GroupSummary group, boolean empty) {
                super.updateItem(group, empty);
                setAlignment(Pos.CENTER_RIGHT);
                var pastEnd = !empty && group != null && group.partitionsPastEnd() > 0;
                // The column is narrow: a number and a mark, never cut to "…"; the sentence is in the tooltip.
                setText(empty || group == null ? null : LagWords.shortTotal(group.totalLag(), group.partitionsPastEnd()));
                setTooltip(pastEnd ? new Tooltip(LagWords.totalTooltip(group.totalLag(), group.partitionsPastEnd()))
                        : null);
                getStyleClass().remove("past-end");
                if (pastEnd) {
                    getStyleClass().add("past-end");
                }
            }
        });
        column.setPrefWidth(90);
        column.setMinWidth(90);
        return column;
    }

    /** The lag in time: "…" while read, "unknown" with the reason in a tooltip; sorted by duration, unknown first. */
    private static TableColumn<GroupSummary, TimeLag> timeLag() {
        var column = new TableColumn<GroupSummary, TimeLag>("Lag in time");
        column.setId("consumers-column-lag-in-time");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().timeLag()));
        column.setComparator(Comparator.comparing((TimeLag lag) -> lag.behind().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TimeLag lag, boolean empty) {
                super.updateItem(lag, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(empty || lag == null ? null : LagWords.time(lag));
                var why = empty || lag == null ? "" : LagWords.timeWhy(lag);
                setTooltip(why.isEmpty() ? null : new Tooltip(why));
            }
        });
        column.setPrefWidth(104);
        column.setMinWidth(104);
        return column;
    }
}
