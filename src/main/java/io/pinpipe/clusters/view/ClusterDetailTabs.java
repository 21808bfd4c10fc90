package io.pinpipe.clusters.view;

import io.pinpipe.clusters.BrokerNode;
import io.pinpipe.clusters.MskTopic;
import io.pinpipe.ui.Banner;
import org.kordamp.ikonli.feather.Feather;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The cluster's bootstrap strings, brokers and MSK topics in tabs; each tab says why instead when its call was refused. */
final class ClusterDetailTabs {

    private ClusterDetailTabs() {
    }

    static TabPane build(ClusterDetailViewModel model) {
        var bootstrapScroll = new ScrollPane(section("cluster-bootstrap-error", BootstrapGrid.build(model), model.bootstrapErrorTitleProperty(), model.bootstrapErrorProperty()));
        bootstrapScroll.setFitToWidth(true);
        bootstrapScroll.getStyleClass().add("pane-scroll");
        var tabs = new TabPane(new Tab("Bootstrap brokers", bootstrapScroll),
                new Tab("Brokers", section("cluster-brokers-error", nodes(model), model.nodesErrorTitleProperty(), model.nodesErrorProperty())),
                new Tab("Topics (MSK API)", section("cluster-topics-error", topics(model), model.topicsErrorTitleProperty(), model.topicsErrorProperty())));
        tabs.setId("cluster-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static TableView<BrokerNode> nodes(ClusterDetailViewModel model) {
        var table = new TableView<>(model.nodes());
        table.setId("cluster-brokers");
        io.pinpipe.ui.TableCopy.install(table);
        table.getColumns().add(typed("ID", BrokerNode::brokerId, 50));
        table.getColumns().add(typed("Endpoint", BrokerNode::endpointText, 330));
        table.getColumns().add(typed("Subnet", n -> n.clientSubnet().orElse("—"), 120));
        table.getColumns().add(typed("Address", n -> n.vpcAddress().orElse("—"), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No brokers to show (serverless clusters have none)."));
        return table;
    }

    private static TableView<MskTopic> topics(ClusterDetailViewModel model) {
        var table = new TableView<>(model.topics());
        table.setId("cluster-topics");
        io.pinpipe.ui.TableCopy.install(table);
        table.getColumns().add(typed("Topic", MskTopic::name, 260));
        table.getColumns().add(typed("Partitions", MskTopic::partitions, 90));
        table.getColumns().add(typed("Replicas", MskTopic::replicationFactor, 80));
        table.getColumns().add(typed("Out of sync", MskTopic::outOfSyncReplicas, 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No topics reported by the MSK API."));
        return table;
    }

    private static VBox section(String id, Node content, ReadOnlyStringProperty title, ReadOnlyStringProperty error) {
        var message = new Banner(id, Banner.Kind.WARNING, Feather.ALERT_TRIANGLE, null);
        message.titleProperty().bind(title);
        message.descriptionProperty().bind(error);
        content.visibleProperty().bind(error.isEmpty());
        content.managedProperty().bind(error.isEmpty());
        var box = new VBox(8, message, content);
        box.setPadding(new Insets(12, 4, 4, 4));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static <R, T> TableColumn<R, T> typed(String title, Function<R, T> value, double width) {
        var column = new TableColumn<R, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
