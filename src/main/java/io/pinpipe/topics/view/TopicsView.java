package io.pinpipe.topics.view;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.view.ConnectionCell;
import io.pinpipe.connections.view.ConnectionDialog;
import io.pinpipe.connections.view.ConnectionEditing;
import io.pinpipe.connections.view.ConnectionFormViewModel;
import io.pinpipe.doctor.view.DoctorDialog;
import java.util.function.Supplier;
import io.pinpipe.topics.PipelinePrefix;
import io.pinpipe.ui.ActionDialog;
import io.pinpipe.ui.PaneHeader;
import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Topics pane: pick a connection, filter the topics, inspect one, create and change them. */
public final class TopicsView extends BorderPane {

    public TopicsView(String title, String subtitle, TopicsViewModel model,
                      Supplier<ConnectionFormViewModel> newConnection) {
        setTop(new VBox(new PaneHeader(title, subtitle, connectionPicker(model), testButton(model),
                diagnoseButton(model), newConnectionButton(model, newConnection), moreMenu(model, newConnection), refresh(model)), toolbar(model),
                error(model), notice(model)));
        var split = new SplitPane(TopicTable.build(model), new TopicDetailView(model.detail()));
        split.setDividerPositions(0.5);
        split.setPadding(new javafx.geometry.Insets(0, 28, 20, 28));
        split.getStyleClass().add("topics-split");
        setCenter(split);
        model.open();
    }

    private static ComboBox<Connection> connectionPicker(TopicsViewModel model) {
        var picker = new ComboBox<>(model.connections());
        picker.setId("topics-connection");
        picker.valueProperty().bindBidirectional(model.connectionProperty());
        picker.setCellFactory(list -> new ConnectionCell());
        picker.setButtonCell(new ConnectionCell());
        picker.setPrefWidth(300);
        return picker;
    }

    private static Button testButton(TopicsViewModel model) {
        var test = new Button("Test", new FontIcon(Feather.ZAP));
        test.setId("topics-test-connection");
        test.setTooltip(new javafx.scene.control.Tooltip("Test the connection: describe the cluster, short timeout"));
        test.setOnAction(event -> model.connectionActions().testConnection());
        test.disableProperty().bind(model.connectionProperty().isNull());
        return test;
    }

    private static Button diagnoseButton(TopicsViewModel model) {
        var diagnose = new Button("Diagnose", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("topics-diagnose");
        diagnose.setTooltip(new javafx.scene.control.Tooltip("Diagnose the connection step by step: DNS, TCP, TLS, "
                + "authentication, metadata, and for IAM the AWS identity"));
        diagnose.setOnAction(event -> diagnose(diagnose, model));
        diagnose.disableProperty().bind(model.connectionProperty().isNull());
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
        refresh.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F5),
                        model::open);
            }
        });
        return refresh;
    }

    private static HBox toolbar(TopicsViewModel model) {
        var filter = new CustomTextField();
        filter.setId("topics-filter");
        filter.setPromptText("Filter topics");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(280);
        filter.textProperty().bindBidirectional(model.filterProperty());

        var internal = new CheckBox("Show internal topics");
        internal.setId("topics-show-internal");
        internal.selectedProperty().bindBidirectional(model.showInternalProperty());

        var progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        var status = new Label();
        status.setId("topics-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());

        var pipeline = new Button("Pipeline topics…", new FontIcon(Feather.GIT_MERGE));
        pipeline.setId("topics-pipeline");
        pipeline.setOnAction(event -> pipelineDialog(pipeline, model));
        var create = new Button("Create topic", new FontIcon(Feather.PLUS));
        create.setId("topics-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> new CreateTopicDialog(model.createTopic()).show(create.getScene().getWindow()));
        var noConnection = model.connectionProperty().isNull();
        pipeline.disableProperty().bind(noConnection);
        create.disableProperty().bind(noConnection);

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(12, filter, internal, progress, status, spacer, pipeline, create);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        return bar;
    }

    private static VBox error(TopicsViewModel model) {
        var message = new Message("Cannot list the topics", "", new FontIcon(Feather.ALERT_TRIANGLE));
        message.setId("topics-error");
        // A description set while hidden is measured at no width, and its wrapped height would fill the pane.
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(model.errorProperty());
        var diagnose = new Button("Diagnose connection", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("topics-error-diagnose");
        diagnose.setOnAction(event -> diagnose(diagnose, model));
        diagnose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        var row = new HBox(12, message, diagnose);
        row.setAlignment(javafx.geometry.Pos.CENTER);
        var box = new VBox(row);
        box.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        box.visibleProperty().bind(model.errorProperty().isNotEmpty());
        box.managedProperty().bind(model.errorProperty().isNotEmpty());
        return box;
    }

    private static VBox notice(TopicsViewModel model) {
        var message = new Message(null, "", new FontIcon(Feather.INFO));
        message.setId("topics-notice");
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add(Styles.ACCENT);
        message.descriptionProperty().bind(model.noticeProperty());
        message.setOnClose(event -> model.noticeProperty().set(""));
        var box = new VBox(message);
        box.setPadding(new javafx.geometry.Insets(0, 28, 12, 28));
        box.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        box.managedProperty().bind(model.noticeProperty().isNotEmpty());
        return box;
    }

    private static void pipelineDialog(Button owner, TopicsViewModel model) {
        var prefix = new TextField();
        prefix.setId("pipeline-prefix");
        prefix.setPromptText("e.g. 0a1b2c3d4e5f (the original used a 12-hex user id)");
        var problem = Bindings.createStringBinding(() -> prefix.getText().isBlank() ? ""
                : PipelinePrefix.problem(prefix.getText().strip()).orElse(""), prefix.textProperty());
        var names = new Label();
        names.setId("pipeline-names");
        names.setWrapText(true);
        names.textProperty().bind(Bindings.createStringBinding(() -> prefix.getText().isBlank()
                ? "Creates PREFIX.pin, PREFIX.geo and PREFIX.user; those already there are left as they are."
                : problem.get().isEmpty() ? "Creates " + prefix.getText().strip() + ".pin, .geo and .user."
                : problem.get(), prefix.textProperty(), problem));
        var form = new VBox(8, new Label("Topic prefix"), prefix, names);
        ActionDialog.show(owner.getScene().getWindow(), "pipeline-dialog", "Pipeline topics",
                "Create the pipeline's three topics", form, "Create",
                prefix.textProperty().isNotEmpty().and(problem.isEmpty()), false,
                (done, failed) -> model.createPipelineTopics(prefix.getText(), text -> done.run(), failed));
    }
}
