package io.pinpipe.clusters.view;

import atlantafx.base.theme.Styles;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.connections.AuthMode;
import io.pinpipe.doctor.view.DoctorDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.function.Consumer;

/** Connect, Diagnose, client.properties and IAM policy for the selected cluster; SCRAM asks which user first. */
final class ClusterActionBar extends HBox {

    private final ClusterDetailViewModel model;
    private final ClusterActions actions;
    private final Consumer<String> error;
    private final Button diagnose;

    ClusterActionBar(ClusterDetailViewModel model, ClusterActions actions, Consumer<String> error) {
        super(10);
        this.model = model;
        this.actions = actions;
        this.error = error;
        var connect = new Button("Connect", new FontIcon(Feather.LOG_IN));
        connect.setId("cluster-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(Bindings.createBooleanBinding(() -> model.bestModeProperty().get().isEmpty(),
                model.bestModeProperty()));
        connect.setTooltip(new Tooltip("Save a connection with the best auth mode and open it in Topics"));
        connect.setOnAction(event -> connect(connect));
        diagnose = new Button("Diagnose", new FontIcon(Feather.ACTIVITY));
        diagnose.setId("cluster-diagnose");
        diagnose.disableProperty().bind(connect.disableProperty());
        diagnose.setTooltip(new Tooltip("Check the connection Connect would make, from this machine, "
                + "step by step: DNS, TCP, TLS, AWS identity, authentication, metadata. Nothing is saved."));
        diagnose.setOnAction(event -> diagnose());
        var policy = new Button("IAM policy…", new FontIcon(Feather.SHIELD));
        policy.setId("cluster-iam-policy");
        policy.setOnAction(event -> IamPolicyDialog.show(policy.getScene().getWindow(), actions,
                model.clusterProperty().get().map(ClusterSummary::name).orElse("")));
        getChildren().addAll(connect, diagnose, clientProperties(), policy);
        getChildren().forEach(button -> ((javafx.scene.control.Control) button).setMinWidth(Region.USE_PREF_SIZE));
        setAlignment(Pos.CENTER_LEFT);
    }

    private void connect(Node owner) {
        Optional<String> user = Optional.empty();
        if (model.bestModeProperty().get().equals(Optional.of(AuthMode.SCRAM))) {
            user = ScramPrompt.user(owner);
            if (user.isEmpty()) {
                return;
            }
        }
        actions.connect(user, error);
    }

    /** The doctor on the connection Connect would make, from this machine; nothing is saved. */
    void diagnose() {
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (model.bestModeProperty().get().equals(Optional.of(AuthMode.SCRAM))) {
            var signIn = ScramPrompt.userAndPassword(diagnose);
            if (signIn.isEmpty()) {
                return;
            }
            user = Optional.of(signIn.get().user());
            password = signIn.get().password();
        }
        actions.diagnose(user, password, doctor -> DoctorDialog.show(diagnose.getScene().getWindow(), doctor), error);
    }

    ObservableBooleanValue diagnoseDisabledProperty() {
        return diagnose.disableProperty();
    }

    private MenuButton clientProperties() {
        var properties = new MenuButton("client.properties", new FontIcon(Feather.DOWNLOAD));
        properties.setId("cluster-client-properties");
        properties.disableProperty().bind(Bindings.createBooleanBinding(() -> model.brokersProperty().get().isEmpty(),
                model.brokersProperty()));
        properties.setOnShowing(event -> properties.getItems().setAll(model.modes().stream().map(mode -> {
            var item = new MenuItem(mode.label());
            item.setOnAction(e -> exportProperties(properties, mode));
            return item;
        }).toList()));
        return properties;
    }

    private void exportProperties(Node owner, AuthMode mode) {
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
}
