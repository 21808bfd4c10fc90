package io.pinpipe.consumers.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.consumers.GroupDetail;
import io.pinpipe.consumers.GroupMember;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TopicLag;
import io.pinpipe.ui.PlaceholderPane;
import io.pinpipe.ui.TableCopy;
import io.pinpipe.ui.ToolRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Comparator;
import java.util.OptionalLong;
import java.util.function.Function;

/** The lower half of the Consumers pane: the selected group's partitions, members, lag per topic and lag chart. */
final class GroupDetailView extends StackPane {

    GroupDetailView(GroupDetailViewModel model) {
        var none = new PlaceholderPane(Feather.MOUSE_POINTER, "No group selected",
                "Select a group to see its members and its lag.");
        var detail = new BorderPane();
        detail.setTop(header(model));
        var tabs = new TabPane(
                new Tab("Partitions", partitions(model.partitions())),
                new Tab("Members", members(model.members())),
                new Tab("Lag per topic", topics(model.topics())),
                new Tab("Lag chart", LagChart.build(model.chart())));
        tabs.setId("group-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detail.setCenter(tabs);
        var selected = Bindings.createBooleanBinding(() -> model.groupProperty().get().isPresent(), model.groupProperty());
        detail.visibleProperty().bind(selected);
        none.visibleProperty().bind(selected.not());
        getChildren().addAll(none, detail);
        setId("group-detail");
        setMinHeight(140); // the split gives it more; at 900x600 with a message showing, this much still fits
    }

    private static VBox header(GroupDetailViewModel model) {
        var name = new Label();
        name.setId("group-detail-name");
        name.getStyleClass().add(Styles.TITLE_4);
        name.setMinWidth(40);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.groupProperty().get().orElse(""),
                model.groupProperty()));
        var summary = new Label();
        summary.setId("group-detail-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.detailProperty().get()
                        .map(GroupDetailView::summary)
                        .orElse(model.loadingProperty().get() ? "Reading…" : model.errorProperty().get()),
                model.detailProperty(), model.loadingProperty(), model.errorProperty()));
        var reason = new Label();
        reason.setId("group-detail-active");
        reason.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.textProperty().bind(Bindings.createStringBinding(() -> model.detailProperty().get()
                .filter(d -> d.summary().active()).map(GroupDetailView::activeReason).orElse(""), model.detailProperty()));
        reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());

        var warning = new Label();
        warning.setId("group-detail-warning");
        warning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        var buttons = new HBox(8, resetButton(model), deleteOffsetsButton(model), deleteButton(model));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var top = new ToolRow(name, buttons, 8);
        var header = new VBox(2, top, warning, summary, reason);
        header.setPadding(new Insets(8, 12, 8, 12));
        return header;
    }

    private static Button resetButton(GroupDetailViewModel model) {
        var reset = new Button("Reset offsets…", new FontIcon(Feather.ROTATE_CCW));
        reset.setId("group-reset-offsets");
        reset.getStyleClass().add(Styles.SMALL);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        // Kafka refuses to reset a group with members: the button says so rather than failing later.
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get()
                .map(d -> d.summary().active()).orElse(true), model.detailProperty()));
        reset.setOnAction(event -> ResetOffsetsDialog.open(reset.getScene().getWindow(), model.async(), model.admins(),
                model.groupProperty().get().orElseThrow(), model.groupTopics(), model::changed));
        return reset;
    }

    private static Button deleteOffsetsButton(GroupDetailViewModel model) {
        var button = new Button("Delete offsets of topic…", new FontIcon(Feather.SCISSORS));
        button.setId("group-delete-offsets");
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get().isEmpty()
                || model.groupTopics().isEmpty(), model.detailProperty()));
        button.setOnAction(event -> GroupDialogs.deleteOffsets(button.getScene().getWindow(), model));
        return button;
    }

    private static Button deleteButton(GroupDetailViewModel model) {
        var delete = new Button("Delete group…", new FontIcon(Feather.TRASH_2));
        delete.setId("group-delete");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.detailProperty().get().isEmpty(),
                model.detailProperty()));
        delete.setOnAction(event -> GroupDialogs.deleteGroup(delete.getScene().getWindow(), model));
        return delete;
    }

    static String summary(GroupDetail detail) {
        var group = detail.summary();
        var members = group.members() + (group.members() == 1 ? " member" : " members");
        return group.state() + " · " + GroupTable.type(group) + " · " + members
                + " · total lag " + LagWords.total(group.totalLag(), group.partitionsPastEnd())
                + " · lag in time " + LagWords.time(group.timeLag())
                + group.coordinator().map(c -> " · coordinator " + c).orElse("");
    }

    /** Why resets and deletes wait: the members named, as the service's refusal would. */
    static String activeReason(GroupDetail detail) {
        return "Active: stop its " + (detail.members().size() == 1 ? "member" : detail.members().size() + " members")
                + " (" + GroupDialogs.who(detail.members()) + ") to reset its offsets or delete it.";
    }

    private static TableView<PartitionLag> partitions(ObservableList<PartitionLag> rows) {
        var table = table(rows, "group-partitions-table", "This group has no committed offsets.");
        table.getColumns().add(column("Topic", PartitionLag::topic, 180));
        table.getColumns().add(count("Partition", p -> (long) p.partition(), 80));
        table.getColumns().add(count("Committed", p -> boxed(p.committed()), 110));
        table.getColumns().add(count("Log end", p -> boxed(p.logEnd()), 110));
        table.getColumns().add(lagColumn());
        table.getColumns().add(column("Metadata", PartitionLag::metadata, 110));
        table.getColumns().add(column("Member / client", GroupDetailView::owner, 260));
        return table;
    }

    /** The lag of a partition; "past end" (never a negative number) with its meaning in a tooltip. */
    private static TableColumn<PartitionLag, PartitionLag> lagColumn() {
        var column = new TableColumn<PartitionLag, PartitionLag>("Lag");
        column.setId("group-partitions-lag");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // Past the end sorts below every real lag, unknown below that.
        column.setComparator(Comparator.comparingLong((PartitionLag p) -> p.pastEnd() ? -1 : p.lag().orElse(-2)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PartitionLag partition, boolean empty) {
                super.updateItem(partition, empty);
                setAlignment(Pos.CENTER_RIGHT);
                var pastEnd = !empty && partition != null && partition.pastEnd();
                setText(empty || partition == null ? null : LagWords.lag(partition));
                setTooltip(pastEnd ? new Tooltip(LagWords.PAST_END_MEANING) : null);
                getStyleClass().remove("past-end");
                if (pastEnd) {
                    getStyleClass().add("past-end");
                }
            }
        });
        column.setPrefWidth(100);
        column.setMinWidth(100);
        return column;
    }

    private static String owner(PartitionLag partition) {
        if (partition.memberId().isEmpty()) {
            return "unassigned";
        }
        return partition.clientId().orElse("") + partition.host().map(h -> " on " + h).orElse("")
                + " (" + partition.memberId().get() + ")";
    }

    private static TableView<GroupMember> members(ObservableList<GroupMember> rows) {
        var table = table(rows, "group-members-table", "No members: nobody reads with this group now.");
        table.getColumns().add(column("Member", GroupMember::memberId, 300));
        table.getColumns().add(column("Client", GroupMember::clientId, 140));
        table.getColumns().add(column("Host", GroupMember::host, 130));
        table.getColumns().add(count("Partitions", m -> (long) m.assignment().size(), 90));
        table.getColumns().add(column("Assigned", m -> String.join(", ", m.assignment()), 260));
        return table;
    }

    private static TableView<TopicLag> topics(ObservableList<TopicLag> rows) {
        var table = table(rows, "group-topics-table", "This group reads no topic.");
        table.getColumns().add(column("Topic", TopicLag::topic, 260));
        table.getColumns().add(count("Partitions", t -> (long) t.partitions(), 90));
        table.getColumns().add(count("Lag", t -> boxed(t.lag()), 120));
        var note = column("Note", (TopicLag t) -> t.partitionsPastEnd() == 0 ? "" : LagWords.pastEnd(t.partitionsPastEnd()),
                220);
        note.setId("group-topics-note");
        note.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(LagWords.PAST_END_MEANING));
            }
        });
        table.getColumns().add(note);
        return table;
    }

    private static <T> TableView<T> table(ObservableList<T> rows, String id, String empty) {
        var table = new TableView<>(rows);
        table.setId(id);
        TableCopy.install(table);
        // Columns keep room for their numbers; a narrow window scrolls sideways instead of cutting them to "...".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var placeholder = new Label(empty);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        var column = new TableColumn<T, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        return column;
    }

    /** A count sorted as a number, right-aligned with separators; a dash when unknown. */
    private static <T> TableColumn<T, Long> count(String title, Function<T, Long> value, double width) {
        var column = new TableColumn<T, Long>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long number, boolean empty) {
                super.updateItem(number, empty);
                setAlignment(Pos.CENTER_RIGHT);
                setText(empty ? null : number == null ? "—" : LagWords.count(number));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
