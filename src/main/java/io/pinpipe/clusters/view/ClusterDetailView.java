package io.pinpipe.clusters.view;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.pinpipe.clusters.BootstrapString;
import io.pinpipe.clusters.BrokerNode;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskTopic;
import io.pinpipe.connections.AuthMode;
import io.pinpipe.doctor.view.DoctorDialog;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.CopyButton;
import io.pinpipe.ui.PlaceholderPane;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.Function;

/** The right side of the Clusters pane: bootstrap strings to copy, brokers, MSK topics, and the actions. */
final class ClusterDetailView extends StackPane {

    private final ClusterDetailViewModel model;
    private final ClusterActions actions;

    ClusterDetailView(ClusterDetailViewModel model, ClusterActions actions, java.util.function.Consumer<String> error) {
        this.model = model;
        this.actions = actions;
        var none = new PlaceholderPane(Feather.MOUSE_POINTER, "No cluster selected",
                "Select a cluster to see its bootstrap brokers, its brokers and its topics, and to connect to it.");
        var bootstrapScroll = new ScrollPane(section(bootstrap(), model.bootstrapErrorProperty()));
        bootstrapScroll.setFitToWidth(true);
        bootstrapScroll.getStyleClass().add("pane-scroll");
        var tabs = new TabPane(new Tab("Bootstrap brokers", bootstrapScroll),
                new Tab("Brokers", section(nodes(), model.nodesErrorProperty())),
                new Tab("Topics (MSK API)", section(topics(), model.topicsErrorProperty())));
        tabs.setId("cluster-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var layout = new BorderPane(tabs);
        var top = header(error);
        top.setPadding(new Insets(14, 4, 10, 4));
        layout.setTop(top);
        var selected = Bindings.createBooleanBinding(() -> model.clusterProperty().get().isPresent(), model.clusterProperty());
        layout.visibleProperty().bind(selected);
        none.visibleProperty().bind(selected.not());
        getChildren().addAll(none, layout);
        setId("cluster-detail");
    }

    private VBox header(java.util.function.Consumer<String> error) {
        var name = new Label();
        name.setId("cluster-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(text(c -> c.name()));
        var badge = new Badge();
        model.clusterProperty().addListener((obs, old, cluster) -> cluster.ifPresent(c -> badge.show(c.state().label(),
                ClusterTable.tone(c.state()))));
        var summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(text(c -> c.kind().label() + " · " + c.region()
                + c.kafkaVersion().map(v -> " · Kafka " + v).orElse("")
                + (c.brokerCount().isPresent() ? " · " + c.brokerCount().getAsInt() + " × " + c.instanceType().orElse("broker") : "")
                + " · " + (c.auth().isEmpty() ? "no client auth" : c.authLabels())
                + c.stateMessage().map(m -> " · " + m).orElse("")));
        var arn = new SimpleStringProperty("");
        arn.bind(text(c -> c.arn().toString()));
        var arnLabel = new Label();
        arnLabel.getStyleClass().addAll("mono", Styles.TEXT_SMALL);
        arnLabel.textProperty().bind(arn);
        var arnRow = new HBox(4, arnLabel, new CopyButton(arn, "the cluster ARN"));
        arnRow.setAlignment(Pos.CENTER_LEFT);

        var connect = new Button("Connect", new FontIcon(Feather.LOG_IN));
        connect.setId("cluster-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(Bindings.createBooleanBinding(() -> model.bestModeProperty().get().isEmpty(),
                model.bestModeProperty()));
        connect.setTooltip(new javafx.scene.control.Tooltip("Save a connection with the best auth mode and open it in Topics"));
        connect.setOnAction(event -> {
            var mode = model.bestModeProperty().get();
            Optional<String> user = Optional.empty();
            if (mode.equals(Optional.of(AuthMode.SCRAM))) {
                user = ScramPrompt.user(connect);
                if (user.isEmpty()) {
                    return;
                }
            }
            actions.connect(user, error);
        });
        var diagnose = new Button("Diagnose", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("cluster-diagnose");
        diagnose.disableProperty().bind(connect.disableProperty());
        diagnose.setTooltip(new javafx.scene.control.Tooltip("Check the connection Connect would make, from this machine, "
                + "step by step: DNS, TCP, TLS, AWS identity, authentication, metadata. Nothing is saved."));
        diagnose.setOnAction(event -> diagnose(diagnose, error));
        var properties = new MenuButton("client.properties", new FontIcon(Feather.DOWNLOAD));
        properties.setId("cluster-client-properties");
        properties.disableProperty().bind(Bindings.createBooleanBinding(() -> model.brokersProperty().get().isEmpty(),
                model.brokersProperty()));
        properties.setOnShowing(event -> properties.getItems().setAll(model.modes().stream().map(mode -> {
            var item = new MenuItem(mode.label());
            item.setOnAction(e -> exportProperties(properties, mode, error));
            return item;
        }).toList()));
        var policy = new Button("IAM policy…", new FontIcon(Feather.SHIELD));
        policy.setId("cluster-iam-policy");
        policy.setOnAction(event -> IamPolicyDialog.show(policy.getScene().getWindow(), actions,
                model.clusterProperty().get().map(ClusterSummary::name).orElse("")));
        name.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(10, name, badge, spacer, connect, diagnose, properties, policy);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, summary, arnRow, vpcOnly(diagnose, error));
    }

    /** The doctor on the connection Connect would make, from this machine; nothing is saved. */
    private void diagnose(javafx.scene.Node owner, java.util.function.Consumer<String> error) {
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (model.bestModeProperty().get().equals(Optional.of(AuthMode.SCRAM))) {
            var signIn = ScramPrompt.userAndPassword(owner);
            if (signIn.isEmpty()) {
                return;
            }
            user = Optional.of(signIn.get().user());
            password = signIn.get().password();
        }
        actions.diagnose(user, password, doctor -> DoctorDialog.show(owner.getScene().getWindow(), doctor), error);
    }

    /** Brokers without public access are the usual reason a connection from a laptop hangs: say so, offer the doctor. */
    private HBox vpcOnly(javafx.scene.Node owner, java.util.function.Consumer<String> error) {
        var icon = new FontIcon(Feather.LOCK);
        icon.getStyleClass().add(Styles.WARNING);
        var text = new Label("No public access: its brokers answer only inside the cluster's VPC (or over a VPN, peering or "
                + "multi-VPC connectivity).");
        text.getStyleClass().add(Styles.TEXT_SMALL);
        text.setWrapText(true);
        var link = new javafx.scene.control.Hyperlink("Diagnose from this machine");
        link.setId("cluster-vpc-diagnose");
        link.getStyleClass().add(Styles.TEXT_SMALL);
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.disableProperty().bind(owner.disableProperty());
        link.setOnAction(event -> diagnose(owner, error));
        var row = new HBox(6, icon, text, link);
        row.setId("cluster-vpc-only");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 0, 0, 0));
        row.visibleProperty().bind(model.vpcOnlyProperty());
        row.managedProperty().bind(model.vpcOnlyProperty());
        return row;
    }

    private void exportProperties(javafx.scene.Node owner, AuthMode mode, java.util.function.Consumer<String> error) {
        Optional<String> user = Optional.empty();
        if (mode == AuthMode.SCRAM) {
            user = ScramPrompt.user(owner);
            if (user.isEmpty()) {
                return;
            }
        }
        var chooser = new FileChooser();
        chooser.setTitle("Export client.properties (" + mode.label() + ")");
        chooser.setInitialFileName("client.properties");
        var file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            actions.exportClientProperties(mode, user, file.toPath(), () -> { }, error);
        }
    }

    private GridPane bootstrap() {
        var grid = new GridPane();
        grid.setId("cluster-bootstrap");
        grid.setHgap(12);
        grid.setVgap(8);
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(200);
        var values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        model.bootstrap().addListener((ListChangeListener<BootstrapString>) change -> {
            grid.getChildren().clear();
            var row = 0;
            for (var string : model.bootstrap()) {
                var label = new Label(string.label());
                label.getStyleClass().add("field-label");
                var value = new TextField(string.servers());
                value.setEditable(false);
                value.getStyleClass().add("mono");
                value.setId("bootstrap-" + string.mode().id() + "-" + string.network().name().toLowerCase());
                var copy = new CopyButton(new SimpleStringProperty(string.servers()), string.label() + " bootstrap servers");
                var box = new HBox(4, value, copy);
                HBox.setHgrow(value, Priority.ALWAYS);
                grid.add(label, 0, row);
                grid.add(box, 1, row);
                row++;
            }
        });
        var loading = new Label("Loading…");
        loading.getStyleClass().add(Styles.TEXT_MUTED);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());
        grid.add(loading, 0, 0);
        return grid;
    }

    private TableView<BrokerNode> nodes() {
        var table = new TableView<>(model.nodes());
        table.setId("cluster-brokers");
        table.getColumns().add(typed("ID", BrokerNode::brokerId, 50));
        table.getColumns().add(typed("Endpoint", BrokerNode::endpointText, 330));
        table.getColumns().add(typed("Subnet", n -> n.clientSubnet().orElse("—"), 120));
        table.getColumns().add(typed("Address", n -> n.vpcAddress().orElse("—"), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No brokers to show (serverless clusters have none)."));
        return table;
    }

    private TableView<MskTopic> topics() {
        var table = new TableView<>(model.topics());
        table.setId("cluster-topics");
        table.getColumns().add(typed("Topic", MskTopic::name, 260));
        table.getColumns().add(typed("Partitions", MskTopic::partitions, 90));
        table.getColumns().add(typed("Replicas", MskTopic::replicationFactor, 80));
        table.getColumns().add(typed("Out of sync", MskTopic::outOfSyncReplicas, 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No topics reported by the MSK API."));
        return table;
    }

    private static VBox section(javafx.scene.Node content, ReadOnlyStringProperty error) {
        var message = new Message(null, "", new FontIcon(Feather.ALERT_TRIANGLE));
        message.getStyleClass().add(Styles.WARNING);
        message.descriptionProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(error.isNotEmpty());
        content.visibleProperty().bind(error.isEmpty());
        content.managedProperty().bind(error.isEmpty());
        var box = new VBox(8, message, content);
        box.setPadding(new Insets(12, 4, 4, 4));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private javafx.beans.binding.StringBinding text(Function<ClusterSummary, String> part) {
        return Bindings.createStringBinding(() -> model.clusterProperty().get().map(part).orElse(""), model.clusterProperty());
    }

    private static <R, T> TableColumn<R, T> typed(String title, Function<R, T> value, double width) {
        var column = new TableColumn<R, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
