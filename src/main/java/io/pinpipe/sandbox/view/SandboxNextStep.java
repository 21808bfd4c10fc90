package io.pinpipe.sandbox.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line over the cards that says what to do next on a first start: what to start first, and once the broker
 * runs and the sample data is loaded, the Emulator, with a link that goes there.
 */
final class SandboxNextStep extends HBox {

    static final String EMULATOR = "emulator";

    /** @param shortcut the Emulator's key, e.g. "Ctrl+3"; "" when it has none */
    static String text(BrokerState broker, DatabaseState database, String shortcut) {
        var brokerUp = broker == BrokerState.RUNNING;
        var dataLoaded = database == DatabaseState.READY;
        if (brokerUp && dataLoaded) {
            return "Next: Emulator → Start" + (shortcut.isEmpty() ? "" : " (" + shortcut + ")")
                    + ": stream the sample posts into the sandbox and watch them arrive.";
        }
        var broker0 = broker == BrokerState.STARTING ? "wait for the broker to start" : "start the broker";
        var data0 = database == DatabaseState.CREATING ? "wait for the sample database to load" : "create the sample database";
        if (!brokerUp && !dataLoaded) {
            return "First: " + broker0 + " and " + data0 + " (below); then the Emulator can stream into the sandbox.";
        }
        return "First: " + (brokerUp ? data0 : broker0) + " (below); then the Emulator can stream into the sandbox.";
    }

    SandboxNextStep(BrokerViewModel broker, SampleDatabaseViewModel database, String shortcut, Runnable openEmulator) {
        super(10);
        var ready = Bindings.createBooleanBinding(() -> broker.stateProperty().get() == BrokerState.RUNNING
                && database.stateProperty().get() == DatabaseState.READY, broker.stateProperty(), database.stateProperty());
        var icon = new FontIcon(Feather.COMPASS);
        var label = new Label();
        label.setId("sandbox-next-step");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> text(broker.stateProperty().get(),
                database.stateProperty().get(), shortcut), broker.stateProperty(), database.stateProperty()));
        HBox.setHgrow(label, Priority.ALWAYS);
        var go = new Hyperlink("Open Emulator");
        go.setId("sandbox-open-emulator");
        go.setMinWidth(HBox.USE_PREF_SIZE);
        go.setOnAction(event -> openEmulator.run());
        BrokerCard.showWhen(go, ready);
        getChildren().addAll(icon, label, go);
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(860);
        getStyleClass().add("next-step");
        var readyClass = javafx.css.PseudoClass.getPseudoClass("ready");
        pseudoClassStateChanged(readyClass, ready.get());
        ready.addListener((obs, was, now) -> pseudoClassStateChanged(readyClass, now));
        label.getStyleClass().add(Styles.TEXT);
    }
}
