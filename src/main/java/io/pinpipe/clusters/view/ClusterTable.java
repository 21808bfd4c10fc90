package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterState;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.ui.Badge;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The cluster list: a virtual, sortable table with a coloured badge for the state. */
final class ClusterTable {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ClusterTable() {
    }

    static TableView<ClusterSummary> build(ClustersViewModel model) {
        var table = new TableView<ClusterSummary>();
        table.setId("clusters-table");
        io.pinpipe.ui.TableCopy.install(table);
        var sorted = new SortedList<>(model.clusters());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        var name = column("Name", ClusterSummary::name, 200);
        var region = column("Region", ClusterSummary::region, 100);
        region.visibleProperty().bind(model.allRegionsProperty());
        var state = new TableColumn<ClusterSummary, ClusterState>("State");
        state.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().state()));
        state.setCellFactory(column -> new StateCell());
        state.setPrefWidth(120);
        state.setMinWidth(110);
        table.getColumns().add(name);
        table.getColumns().add(region);
        table.getColumns().add(state);
        table.getColumns().add(column("Type", c -> c.kind().label(), 100));
        table.getColumns().add(column("Kafka", c -> c.kafkaVersion().orElse("—"), 70));
        table.getColumns().add(brokers());
        table.getColumns().add(column("Instance", c -> c.instanceType().orElse("—"), 120));
        table.getColumns().add(column("Auth", ClusterSummary::authLabels, 140));
        table.getColumns().add(column("Created", c -> c.created().map(CREATED::format).orElse("—"), 130));
        table.getSortOrder().add(name);

        var empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() ? "Looking for clusters…"
                        : !model.errorProperty().get().isEmpty() ? "The clusters could not be listed: see above."
                        : model.filterProperty().get().isBlank() ? "No MSK clusters here. Try another region or profile, or scan every region."
                        : "No cluster matches “" + model.filterProperty().get().strip() + "”.",
                model.loadingProperty(), model.filterProperty(), model.errorProperty()));
        table.setPlaceholder(empty);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        return table;
    }

    /** Serverless clusters have no brokers of their own to count: a dash, as for their instance type. */
    private static TableColumn<ClusterSummary, Integer> brokers() {
        var brokers = column("Brokers", c -> c.brokerCount().isPresent() ? c.brokerCount().getAsInt() : null, 70);
        brokers.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                setText(empty ? null : count == null ? "—" : count.toString());
            }
        });
        return brokers;
    }

    private static <T extends Comparable<T>> TableColumn<ClusterSummary, T> column(String title, Function<ClusterSummary, T> value,
                                                                                   double width) {
        var column = new TableColumn<ClusterSummary, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        return column;
    }

    /** The state as a green, amber or red pill. */
    private static final class StateCell extends TableCell<ClusterSummary, ClusterState> {
        private final Badge badge = new Badge();

        @Override
        protected void updateItem(ClusterState state, boolean empty) {
            super.updateItem(state, empty);
            if (empty || state == null) {
                setGraphic(null);
                return;
            }
            badge.show(state);
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setGraphic(badge);
        }
    }
}
