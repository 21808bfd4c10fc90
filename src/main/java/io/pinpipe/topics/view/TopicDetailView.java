package io.pinpipe.topics.view;

import atlantafx.base.theme.Styles;
import atlantafx.base.controls.CustomTextField;
import io.pinpipe.topics.ConfigUnits;
import io.pinpipe.topics.PartitionDetail;
import io.pinpipe.topics.TopicConfigValue;
import io.pinpipe.ui.PlaceholderPane;
import io.pinpipe.ui.ToolRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** The right side of the Topics pane: the selected topic's partitions, configuration and messages. */
final class TopicDetailView extends StackPane {

    TopicDetailView(TopicDetailViewModel model) {
        var none = new PlaceholderPane(Feather.MOUSE_POINTER, "No topic selected",
                "Select a topic to see its partitions, its configuration, its newest messages and the groups that read it.");
        var detail = new BorderPane();
        detail.setTop(header(model));
        var tabs = new TabPane(
                new Tab("Partitions", partitions(model)),
                new Tab("Configuration", configs(model)),
                new Tab("Messages", new PeekView(model)),
                readersTab(model));
        tabs.setId("topic-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        detail.setCenter(tabs);
        var selected = Bindings.createBooleanBinding(() -> model.topicProperty().get().isPresent(), model.topicProperty());
        detail.visibleProperty().bind(selected);
        none.visibleProperty().bind(selected.not());
        getChildren().addAll(none, detail);
        setId("topic-detail");
        setMinWidth(300); // room for the tabs and the peek bar beside the narrowest list
    }

    /** "Groups", short so the four tabs fit beside the list at the window's smallest size. */
    private static Tab readersTab(TopicDetailViewModel model) {
        var tab = new Tab("Groups", new TopicReadersTable(model));
        tab.setId("topic-readers-tab");
        tab.setTooltip(new javafx.scene.control.Tooltip("The consumer groups that read this topic, with their lag"));
        model.readersShownProperty().bind(tab.selectedProperty());
        return tab;
    }

    private static VBox header(TopicDetailViewModel model) {
        var name = new Label();
        name.setId("topic-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.topicProperty().get().orElse(""),
                model.topicProperty()));
        var summary = new Label();
        summary.setId("topic-detail-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true); // counts wrap rather than end in "..."
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.detailProperty().get()
                .map(d -> d.partitions().size() + (d.partitions().size() == 1 ? " partition" : " partitions")
                        + " · replication factor " + d.replicationFactor()
                        + (d.underReplicatedPartitions() > 0 ? " · " + d.underReplicatedPartitions() + " under-replicated" : "")
                        + (d.internal() ? " · internal" : ""))
                .orElse(model.loadingProperty().get() ? "Loading…" : model.errorProperty().get()),
                model.detailProperty(), model.loadingProperty(), model.errorProperty()));

        var addPartitions = new Button("Add partitions…", new FontIcon(Feather.PLUS));
        addPartitions.setId("topic-add-partitions");
        addPartitions.getStyleClass().add(Styles.SMALL);
        addPartitions.setOnAction(event -> TopicChangeDialogs.addPartitions(addPartitions.getScene().getWindow(), model));
        var delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("topic-delete");
        delete.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        delete.setOnAction(event -> TopicChangeDialogs.delete(delete.getScene().getWindow(), model));
        addPartitions.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(40);
        var noDetail = Bindings.createBooleanBinding(() -> model.detailProperty().get().isEmpty(), model.detailProperty());
        addPartitions.disableProperty().bind(noDetail);
        delete.disableProperty().bind(noDetail);

        var buttons = new HBox(8, addPartitions, delete);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        // A long name or a narrow detail puts the buttons under the name, whole.
        var top = new ToolRow(name, buttons, 8);
        var header = new VBox(2, top, summary);
        header.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        return header;
    }

    private static TableView<PartitionDetail> partitions(TopicDetailViewModel model) {
        var table = new TableView<>(model.partitions());
        table.setId("partitions-table");
        io.pinpipe.ui.TableCopy.install(table);
        // Columns keep room for their numbers; a narrow detail scrolls sideways instead of cutting them to "...".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Partition", p -> Integer.toString(p.partition()), 80));
        table.getColumns().add(column("Leader", p -> text(p.leader(), "offline"), 70));
        table.getColumns().add(column("Replicas", p -> p.replicas().toString(), 90));
        table.getColumns().add(column("In sync", p -> p.isr().toString(), 90));
        table.getColumns().add(column("Earliest", p -> text(p.earliestOffset()), 110));
        table.getColumns().add(column("Latest", p -> text(p.latestOffset()), 110));
        table.getColumns().add(column("Messages", p -> text(p.messageCount()), 110));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PartitionDetail partition, boolean empty) {
                super.updateItem(partition, empty);
                pseudoClassStateChanged(Styles.STATE_DANGER, !empty && partition != null && partition.underReplicated());
            }
        });
        return table;
    }

    private static VBox configs(TopicDetailViewModel model) {
        var table = new TableView<>(model.configs());
        table.setId("configs-table");
        io.pinpipe.ui.TableCopy.install(table);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(configColumn("Name", TopicConfigValue::name, 270));
        table.getColumns().add(configColumn("Value", TopicDetailView::shownValue, 230));
        table.getColumns().add(configColumn("Source", c -> c.source().label(), 170));
        table.setRowFactory(view -> {
            var row = new TableRow<TopicConfigValue>() {
                @Override
                protected void updateItem(TopicConfigValue config, boolean empty) {
                    super.updateItem(config, empty);
                    setStyle(!empty && config != null && config.overridden() ? "-fx-font-weight: bold;" : "");
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && !row.getItem().readOnly()) {
                    TopicChangeDialogs.editConfig(row.getScene().getWindow(), model, row.getItem());
                }
            });
            return row;
        });
        table.setPlaceholder(new Label("Loading the configuration…"));
        var search = new CustomTextField();
        search.setId("configs-search");
        search.setPromptText("Search the configuration");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.configFilterProperty());
        var tip = new Label("Overridden values come first, in bold. Double-click a value to change it.");
        tip.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        tip.setWrapText(true);
        tip.setMinHeight(Region.USE_PREF_SIZE);
        var top = new VBox(6, search, tip);
        top.setPadding(new javafx.geometry.Insets(8, 8, 6, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(top, table);
    }

    /** The raw value, and for times and sizes the same in words: "604800000 (7 days)". */
    static String shownValue(TopicConfigValue config) {
        if (config.sensitive()) {
            return "(hidden)";
        }
        var raw = config.value().orElse("");
        return ConfigUnits.readable(config.name(), raw).map(words -> raw + " (" + words + ")").orElse(raw);
    }

    private static TableColumn<PartitionDetail, String> column(String title, Function<PartitionDetail, String> value,
                                                               double width) {
        var column = new TableColumn<PartitionDetail, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<TopicConfigValue, String> configColumn(String title,
                                                                       Function<TopicConfigValue, String> value,
                                                                       double width) {
        var column = new TableColumn<TopicConfigValue, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static String text(OptionalInt value, String none) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : none;
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? String.format(java.util.Locale.US, "%,d", value.getAsLong()) : "—";
    }
}
