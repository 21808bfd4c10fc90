package io.pinpipe.app;

import io.pinpipe.core.AppVersion;
import io.pinpipe.core.Tone;
import io.pinpipe.ui.BackgroundWork;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line: the active connection and its state on the left, background work on the right. */
final class StatusBar extends HBox {

    StatusBar(ObservableStringValue connection, ObservableObjectValue<Tone> tone, BackgroundWork work) {
        getStyleClass().add("status-bar");

        var dot = new Region();
        dot.getStyleClass().add("status-dot");
        tone.addListener((obs, old, value) -> paint(dot, value));
        paint(dot, tone.get());
        var connectionLabel = new Label();
        connectionLabel.setId("status-connection");
        connectionLabel.textProperty().bind(connection);
        connectionLabel.setGraphic(new FontIcon(Feather.LINK_2));

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        var spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(work.busyProperty());
        spinner.managedProperty().bind(work.busyProperty());
        var workLabel = new Label();
        workLabel.setId("status-work");
        workLabel.getStyleClass().add("status-muted");
        workLabel.textProperty().bind(work.summaryProperty());

        var version = new Label("v" + AppVersion.current());
        version.getStyleClass().add("status-muted");

        getChildren().addAll(dot, connectionLabel, spacer, spinner, workLabel, version);
    }

    private static void paint(Region dot, Tone tone) {
        dot.getStyleClass().removeAll("online", "busy", "failed");
        switch (tone) {
            case OK -> dot.getStyleClass().add("online");
            case BUSY -> dot.getStyleClass().add("busy");
            case FAILED -> dot.getStyleClass().add("failed");
            case NEUTRAL -> { }
        }
    }
}
