package io.pinpipe.sandbox.view;

import io.pinpipe.ui.Banner;
import atlantafx.base.theme.Styles;
import io.pinpipe.ui.Badge;
import io.pinpipe.ui.Confirm;
import io.pinpipe.workbench.SandboxUsers;
import io.pinpipe.ui.CopyButton;
import io.pinpipe.ui.Fields;
import io.pinpipe.ui.Panel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The broker's card: state, address, start and stop, what went wrong and the broker's own words. */
final class BrokerCard {

    private final BrokerViewModel model;
    private final SandboxUsers users;

    BrokerCard(BrokerViewModel model, SandboxUsers users) {
        this.model = model;
        this.users = users;
    }

    Panel build() {
        var badge = new Badge();
        badge.setId("broker-state");
        model.stateProperty().addListener((obs, old, state) -> badge.show(state));
        badge.show(model.stateProperty().get());

        return new Panel(Feather.SERVER, "Kafka broker", badge,
                "A real single-node Kafka broker (KRaft) in its own process. Topics and records are kept "
                        + "between runs.")
                .with(fields(), startOnOpen(), keepRunning(), progress(), message("broker-note", model.noteProperty(), false),
                        message("broker-error", model.errorProperty(), true), logTail(), actions());
    }

    private Fields fields() {
        var address = new Label();
        address.setId("broker-bootstrap");
        address.getStyleClass().add("mono");
        address.textProperty().bind(Bindings.when(model.bootstrapProperty().isEmpty())
                .then("not running").otherwise(model.bootstrapProperty()));
        var addressRow = new HBox(address, new CopyButton(model.bootstrapProperty(), "the bootstrap address"));
        addressRow.setSpacing(6);
        addressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var port = new TextField();
        port.setId("broker-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(model.port().textProperty());
        port.disableProperty().bind(model.stateProperty().isNotEqualTo(BrokerState.STOPPED)
                .and(model.stateProperty().isNotEqualTo(BrokerState.FAILED)));
        var portProblem = new Label();
        portProblem.setId("broker-port-problem");
        portProblem.getStyleClass().add(Styles.DANGER);
        portProblem.textProperty().bind(model.port().problemProperty());
        model.port().validProperty().addListener((obs, old, valid) ->
                port.pseudoClassStateChanged(Styles.STATE_DANGER, !valid));
        var portHint = new Label("another free port is taken if this one is busy");
        portHint.getStyleClass().add(Styles.TEXT_MUTED);
        portHint.visibleProperty().bind(model.port().validProperty());
        portHint.managedProperty().bind(portHint.visibleProperty());
        var portRow = new HBox(port, portProblem, portHint);
        portRow.setSpacing(10);
        portRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        return new Fields().row("Bootstrap", addressRow).row("Preferred port", portRow);
    }

    private CheckBox startOnOpen() {
        var box = new CheckBox("Start the sandbox when Pinpipe opens");
        box.setId("broker-start-on-open");
        box.selectedProperty().bindBidirectional(model.startOnOpenProperty());
        return box;
    }

    private CheckBox keepRunning() {
        var box = new CheckBox("Keep the broker running after Pinpipe closes");
        box.setId("broker-keep-running");
        box.selectedProperty().bindBidirectional(model.keepRunningProperty());
        return box;
    }

    private Node progress() {
        var bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(260);
        var text = new Label();
        text.textProperty().bind(model.progressMessageProperty());
        text.getStyleClass().add(Styles.TEXT_MUTED);
        var cancel = new Button("Cancel");
        cancel.setId("broker-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(event -> model.cancelStart());
        var row = new HBox(bar, text, cancel);
        row.setSpacing(10);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        showWhen(row, model.stateProperty().isEqualTo(BrokerState.STARTING));
        return row;
    }

    private Node message(String id, ObservableValue<String> text, boolean danger) {
        var message = new Banner(id, danger ? Banner.Kind.DANGER : Banner.Kind.INFO,
                danger ? Feather.ALERT_TRIANGLE : Feather.INFO, null);
        message.descriptionProperty().bind(text);
        if (danger) {
            message.titleProperty().bind(Bindings.when(model.stateProperty().isEqualTo(BrokerState.FAILED))
                    .then("Could not start the broker").otherwise("Something went wrong"));
        }
        return message;
    }

    private Node logTail() {
        var area = new TextArea();
        area.setId("broker-log-tail");
        area.setEditable(false);
        area.getStyleClass().add("log-tail");
        area.setPrefRowCount(12);
        area.textProperty().bind(model.logTailProperty());
        var pane = new TitledPane("Broker log (last lines)", area);
        pane.setExpanded(false);
        showWhen(pane, model.logTailProperty().isNotEmpty());
        return pane;
    }

    private Node actions() {
        var start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("broker-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(false);
        start.disableProperty().bind(model.stateProperty().isNotEqualTo(BrokerState.STOPPED)
                .and(model.stateProperty().isNotEqualTo(BrokerState.FAILED))
                .or(model.port().validProperty().not()));
        start.setOnAction(event -> model.start());

        var stop = new Button("Stop", new FontIcon(Feather.SQUARE));
        stop.setId("broker-stop");
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(BrokerState.RUNNING));
        stop.setOnAction(event -> {
            if (!users.any() || Confirm.destructive(stop, "stop-confirmation", "Stop the sandbox",
                    "Stop the sandbox broker while it is in use?", inUse() + " Stopping the broker cuts it off.",
                    "Stop anyway")) {
                model.stop();
            }
        });

        var reset = new Button("Reset sandbox…", new FontIcon(Feather.TRASH_2));
        reset.setId("broker-reset");
        reset.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        reset.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get().busy(), model.stateProperty()));
        reset.setOnAction(event -> {
            if (Confirm.destructive(reset, "reset-confirmation", "Reset sandbox",
                    "Delete every topic and record in the sandbox?",
                    (users.any() ? inUse() + " " : "") + "This stops the sandbox broker and deletes all its topics and "
                            + "records; a running broker starts again, empty. It cannot be undone.",
                    "Delete sandbox data")) {
                model.reset();
            }
        });

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var row = new HBox(start, stop, spacer, reset);
        row.setSpacing(8);
        return row;
    }

    /** What uses the sandbox now, as sentences: "The emulator is streaming into it." */
    private String inUse() {
        return users.now().stream().map(what -> what.endsWith(".") ? what : what + ".")
                .collect(java.util.stream.Collectors.joining(" "));
    }

    static void showWhen(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
