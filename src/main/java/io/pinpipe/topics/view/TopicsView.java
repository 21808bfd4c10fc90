package io.pinpipe.topics.view;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.connections.view.ConnectionDialog;
import io.pinpipe.connections.view.ConnectionEditing;
import io.pinpipe.connections.view.ConnectionFormViewModel;
import io.pinpipe.doctor.view.DoctorDialog;
import java.util.function.Supplier;
import io.pinpipe.ui.ActionDialog;
import io.pinpipe.ui.Banner;
import io.pinpipe.ui.PaneHeader;
import io.pinpipe.ui.ToolRow;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Topics pane: pick a connection, filter the topics, inspect one, create and change them. */
public final class TopicsView extends BorderPane {

    private final TopicsViewModel model;
    private final CustomTextField filter = new CustomTextField();
    private final Button create = new Button("Create topic", new FontIcon(Feather.PLUS));

    public TopicsView(String title, String subtitle, TopicsViewModel model,
                      Supplier<ConnectionFormViewModel> newConnection) {
        this.model = model;
        var actions = new HBox(8, connectionPicker(model), testButton(model), diagnoseButton(model),
                newConnectionButton(model, newConnection), moreMenu(model, newConnection), refresh(model));
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        var header = new PaneHeader(title, subtitle);
        header.setMinWidth(0);
        // Below the width of title and actions side by side, the actions go to a line of their own: never "...".
        var top = new ToolRow(header, actions, 8);
        top.setPadding(new javafx.geometry.Insets(0, 28, 0, 0));
        setTop(new VBox(top, toolbar(model), error(model), notice(model)));
        var split = new SplitPane(TopicTable.build(model), new TopicDetailView(model.detail()));
        split.setDividerPositions(0.49);
        split.setPadding(new javafx.geometry.Insets(0, 28, 20, 28));
        split.getStyleClass().add("topics-split");
        setCenter(split);
        model.open();
    }

    /** Ctrl+F: to the filter, its text selected for typing over. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Ctrl+N: the create-topic dialog, when a connection is chosen. */
    public void openCreateTopic() {
        if (!create.isDisabled()) {
            new CreateTopicDialog(model.createTopic()).show(create.getScene().getWindow());
        }
    }

    private static ComboBox<Connection> connectionPicker(TopicsViewModel model) {
        return ConnectionCell.picker("topics-connection", model.connections(), model.connectionProperty());
    }

    private static Button testButton(TopicsViewModel model) {
        var test = new Button("Test", new FontIcon(Feather.ZAP));
        test.setId("topics-test-connection");
        test.setTooltip(new javafx.scene.control.Tooltip("Test the connection: describe the cluster, short timeout"));
        test.setOnAction(event -> model.connectionActions().testConnection());
        test.disableProperty().bind(model.connectionProperty().isNull());
        test.setMinWidth(Region.USE_PREF_SIZE);
        return test;
    }

    private static Button diagnoseButton(TopicsViewModel model) {
        var diagnose = new Button("Diagnose", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("topics-diagnose");
        diagnose.setTooltip(new javafx.scene.control.Tooltip("Diagnose the connection step by step: DNS, TCP, TLS, "
                + "authentication, metadata, and for IAM the AWS identity"));
        diagnose.setOnAction(event -> diagnose(diagnose, model));
        diagnose.disableProperty().bind(model.connectionProperty().isNull());
        diagnose.setMinWidth(Region.USE_PREF_SIZE);
        return diagnose;
    }

    private static void diagnose(javafx.scene.Node owner, TopicsViewModel model) {
        model.connectionActions().doctor().ifPresent(doctor -> DoctorDialog.show(owner.getScene().getWindow(), doctor));
    }

    private static Button newConnectionButton(TopicsViewModel model, Supplier<ConnectionFormViewModel> form) {
        var add = new Button(null, new FontIcon(Feather.PLUS));
        add.setId("topics-new-connection");
        add.getStyleClass().add(Styles.BUTTON_ICON);
        add.setTooltip(new javafx.scene.control.Tooltip("New connection: any Kafka cluster, or MSK with IAM"));
        add.setOnAction(event -> new ConnectionDialog(form.get())
                .show(add.getScene().getWindow(), saved -> model.openAndSelect(saved.name())));
        return add;
    }

    private static MenuButton moreMenu(TopicsViewModel model, Supplier<ConnectionFormViewModel> form) {
        var export = new MenuItem("Export client.properties…", new FontIcon(Feather.DOWNLOAD));
        export.setId("topics-export");
        var importFile = new MenuItem("Import client.properties…", new FontIcon(Feather.UPLOAD));
        importFile.setId("topics-import");
        var menu = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), export, importFile);
        menu.setId("topics-more");
        menu.getStyleClass().add(Styles.BUTTON_ICON);
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                ConnectionEditing.editItem(menu, model.connectionProperty(), form, model.connectionActions()::edited),
                ConnectionEditing.removeItem(menu, model.connectionProperty(), model.connectionActions()::removeConnection));
        export.disableProperty().bind(model.connectionProperty().isNull());
        export.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export client.properties");
            chooser.setInitialFileName("client.properties");
            var file = chooser.showSaveDialog(menu.getScene().getWindow());
            if (file != null) {
                model.connectionActions().exportClientProperties(file.toPath());
            }
        });
        importFile.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Import client.properties");
            var file = chooser.showOpenDialog(menu.getScene().getWindow());
            if (file != null) {
                importDialog(menu, model, file.toPath());
            }
        });
        return menu;
    }

    /** Names the imported connection, and gives the address the seed's client.properties leaves out. */
    static void importDialog(javafx.scene.Node owner, TopicsViewModel model, java.nio.file.Path file) {
        var name = new TextField(file.getFileName().toString().replaceFirst("\\.properties$", ""));
        name.setId("import-name");
        var bootstrap = new TextField();
        bootstrap.setId("import-bootstrap");
        bootstrap.setPromptText("from the file's bootstrap.servers, if it has one");
        var form = new VBox(8, new Label("Connection name"), name, new Label("Bootstrap servers"), bootstrap);
        ActionDialog.show(owner.getScene().getWindow(), "import-dialog", "Import client.properties",
                "Import " + file.getFileName(), form, "Import", name.textProperty().isNotEmpty(), false,
                (done, failed) -> model.connectionActions().importClientProperties(file, name.getText(), bootstrap.getText(), done, failed));
    }

    private static Button refresh(TopicsViewModel model) {
        var refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("topics-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new javafx.scene.control.Tooltip("Reload the topics (F5)"));
        refresh.setOnAction(event -> model.open());
        return refresh;
    }

    private ToolRow toolbar(TopicsViewModel model) {
        filter.setId("topics-filter");
        filter.setPromptText("Filter topics (" + shortcutText("F") + ")");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(260);
        filter.setMinWidth(150);
        filter.textProperty().bindBidirectional(model.filterProperty());

        var internal = new CheckBox("Show internal topics");
        internal.setId("topics-show-internal");
        internal.selectedProperty().bindBidirectional(model.showInternalProperty());
        internal.setMinWidth(Region.USE_PREF_SIZE);

        var progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        var status = new Label();
        status.setId("topics-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        // A count is never cut to "...": the label wraps instead of narrowing below its words.
        status.setWrapText(true);
        status.setMinWidth(110);
        status.setMinHeight(Region.USE_PREF_SIZE);

        var pipeline = new Button("Pipeline topics…", new FontIcon(Feather.GIT_MERGE));
        pipeline.setId("topics-pipeline");
        pipeline.setOnAction(event -> pipelineDialog(pipeline, model));
        create.setId("topics-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new javafx.scene.control.Tooltip("Create a topic (" + shortcutText("N") + ")"));
        create.setOnAction(event -> openCreateTopic());
        var noConnection = model.connectionProperty().isNull();
        pipeline.disableProperty().bind(noConnection);
        create.disableProperty().bind(noConnection);
        pipeline.setMinWidth(Region.USE_PREF_SIZE);
        create.setMinWidth(Region.USE_PREF_SIZE);

        var left = new HBox(12, filter, internal, progress, status);
        left.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var right = new HBox(8, pipeline, create);
        right.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        var bar = new ToolRow(left, right, 12);
        bar.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        return bar;
    }

    private static String shortcutText(String letter) {
        return new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.valueOf(letter),
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    private static VBox error(TopicsViewModel model) {
        var diagnose = new Button("Diagnose connection", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("topics-error-diagnose");
        diagnose.setOnAction(event -> diagnose(diagnose, model));
        var message = new Banner("topics-error", Banner.Kind.DANGER, Feather.ALERT_TRIANGLE, "Cannot list the topics")
                .withActions(diagnose);
        message.descriptionProperty().bind(model.errorProperty());
        var box = new VBox(message);
        box.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        box.visibleProperty().bind(model.errorProperty().isNotEmpty());
        box.managedProperty().bind(model.errorProperty().isNotEmpty());
        return box;
    }

    private static VBox notice(TopicsViewModel model) {
        var message = new Banner("topics-notice", Banner.Kind.INFO, Feather.INFO, null)
                .closable(() -> model.noticeProperty().set(""));
        message.descriptionProperty().bind(model.noticeProperty());
        var box = new VBox(message);
        box.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        box.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        box.managedProperty().bind(model.noticeProperty().isNotEmpty());
        return box;
    }

    private static void pipelineDialog(Button owner, TopicsViewModel model) {
        PipelineDialog.show(owner.getScene().getWindow(), model);
    }
}
