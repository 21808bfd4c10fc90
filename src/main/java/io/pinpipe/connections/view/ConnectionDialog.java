package io.pinpipe.connections.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.Connection;
import io.pinpipe.ui.ActionDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/** "New connection" or "Edit connection": a Kafka cluster's address and how to authenticate; test it before saving. */
public final class ConnectionDialog {

    private final ConnectionFormViewModel model;
    private final GridPane form = new GridPane();
    private int row;

    public ConnectionDialog(ConnectionFormViewModel model) {
        this.model = model;
    }

    public void show(Window owner, Consumer<Connection> saved) {
        form.setHgap(12);
        form.setVgap(8);
        text("Name", "connection-name", model.nameProperty(), "e.g. MSK demo (eu-west-1)", always());
        text("Bootstrap", "connection-bootstrap", model.bootstrapProperty(),
                "b-1.demo.kafka.eu-west-1.amazonaws.com:9098,...", always());
        var modes = new ComboBox<AuthMode>();
        modes.setId("connection-auth");
        modes.getItems().addAll(AuthMode.values());
        modes.valueProperty().bindBidirectional(model.modeProperty());
        modes.setCellFactory(list -> new ModeCell());
        modes.setButtonCell(new ModeCell());
        addRow("Authentication", modes, always());

        var tls = is(AuthMode.TLS).or(is(AuthMode.SCRAM).and(model.scramOverTlsProperty())).or(is(AuthMode.IAM));
        text("SCRAM user", "connection-user", model.usernameProperty(), "SASL/SCRAM-SHA-512 user name", is(AuthMode.SCRAM));
        var password = new PasswordField();
        password.setId("connection-password");
        password.setPromptText(model.editing().isPresent() ? "unchanged if empty; kept in memory for this session only"
                : "kept in memory for this session only; or set PINPIPE_SCRAM_PASSWORD");
        password.textProperty().bindBidirectional(model.passwordProperty());
        addRow("Password", password, is(AuthMode.SCRAM));
        var overTls = new CheckBox("Over TLS (SASL_SSL)");
        overTls.setMnemonicParsing(false);
        overTls.selectedProperty().bindBidirectional(model.scramOverTlsProperty());
        addRow("", overTls, is(AuthMode.SCRAM));
        addRow("Truststore", truststoreField(), tls);
        text("AWS profile", "connection-profile", model.awsProfileProperty(), "default credential chain", is(AuthMode.IAM));
        text("AWS region", "connection-region", model.awsRegionProperty(), "from the broker address", is(AuthMode.IAM));
        text("Role to assume", "connection-role", model.roleArnProperty(), "arn:aws:iam::123456789012:role/...",
                is(AuthMode.IAM));

        var problem = new Label();
        problem.setId("connection-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.when(model.nameProperty().isEmpty().and(model.bootstrapProperty().isEmpty()))
                .then("").otherwise(model.problemProperty()));

        var test = new Button("Test connection", new FontIcon(Feather.ZAP));
        test.setId("connection-test");
        test.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.testingProperty()));
        test.setOnAction(event -> model.test());
        test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var result = new Label();
        result.setId("connection-test-result");
        result.setWrapText(true);
        result.textProperty().bind(model.testResultProperty());
        model.testResultProperty().addListener((obs, old, text) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (!model.testingProperty().get()) {
                result.getStyleClass().add(model.testOkProperty().get() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        var testRow = new HBox(10, test, result);
        testRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var content = new VBox(12, form, problem, testRow);
        var editing = model.editing();
        ActionDialog.show(owner, "connection-dialog", editing.isPresent() ? "Edit connection" : "New connection",
                editing.map(old -> "Edit “" + old.name() + "”").orElse("Connect to a Kafka cluster"), content, "Save",
                model.problemProperty().isEmpty(), false,
                (done, failed) -> model.save(connection -> {
                    done.run();
                    saved.accept(connection);
                }, failed));
    }

    private Node truststoreField() {
        var path = new TextField();
        path.setId("connection-truststore");
        path.setPromptText("the JVM's trusted certificates (right for MSK)");
        path.textProperty().bindBidirectional(model.truststoreProperty());
        var browse = new Button("Browse…");
        browse.setOnAction(event -> {
            var chooser = new FileChooser();
            chooser.setTitle("Truststore (JKS, PKCS12 or PEM)");
            var file = chooser.showOpenDialog(browse.getScene().getWindow());
            if (file != null) {
                model.truststoreProperty().set(file.getAbsolutePath());
            }
        });
        var box = new HBox(8, path, browse);
        javafx.scene.layout.HBox.setHgrow(path, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private void text(String label, String id, StringProperty value, String prompt, BooleanBinding shown) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        field.textProperty().bindBidirectional(value);
        addRow(label, field, shown);
    }

    private void addRow(String label, Node input, BooleanBinding shown) {
        var name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setMinWidth(120);
        form.add(name, 0, row);
        form.add(input, 1, row);
        for (var node : new Node[] {name, input}) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
        row++;
    }

    private BooleanBinding is(AuthMode mode) {
        return model.modeProperty().isEqualTo(mode);
    }

    private static BooleanBinding always() {
        return Bindings.createBooleanBinding(() -> true);
    }

    private static final class ModeCell extends ListCell<AuthMode> {
        @Override
        protected void updateItem(AuthMode mode, boolean empty) {
            super.updateItem(mode, empty);
            setText(empty || mode == null ? null : mode.label());
        }
    }
}
