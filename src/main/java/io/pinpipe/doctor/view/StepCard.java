package io.pinpipe.doctor.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** One step of the doctor: an icon for its state, its title and message, what it found, and what to do. */
final class StepCard extends HBox {

    StepCard(StepRow row) {
        setId("doctor-step-" + row.key());
        getStyleClass().add("doctor-step");
        var icon = new StackPane();
        icon.getStyleClass().add("doctor-icon");
        icon.setMinWidth(24);
        icon.setAlignment(Pos.TOP_CENTER);

        var title = new Label(row.title());
        title.getStyleClass().add("doctor-step-title");
        var message = label("doctor-step-message", row.key() + "-message");
        message.textProperty().bind(row.messageProperty());
        var details = label("doctor-step-details", row.key() + "-details");
        details.textProperty().bind(row.detailsProperty());
        shownWhenText(details);
        var advice = label("doctor-advice", row.key() + "-advice");
        advice.setGraphic(new FontIcon(Feather.CORNER_DOWN_RIGHT));
        advice.textProperty().bind(Bindings.createStringBinding(() -> row.adviceProperty().get().isEmpty() ? ""
                : (row.stateProperty().get() == StepRow.State.FAILED ? "What to do: " : "Note: ") + row.adviceProperty().get(),
                row.adviceProperty(), row.stateProperty()));
        advice.setMaxWidth(Double.MAX_VALUE);
        shownWhenText(advice);

        var text = new VBox(3, title, message, details, advice);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, text);
        row.stateProperty().addListener((obs, old, state) -> show(state, icon));
        show(row.stateProperty().get(), icon);
    }

    private void show(StepRow.State state, StackPane icon) {
        var name = state.name().toLowerCase(Locale.ROOT);
        for (var node : java.util.List.of(this, icon)) {
            node.getStyleClass().removeAll("pending", "running", "passed", "failed", "skipped");
            node.getStyleClass().add(name);
        }
        icon.getChildren().setAll(new FontIcon(ikon(state)));
    }

    private static Ikon ikon(StepRow.State state) {
        return switch (state) {
            case PENDING -> Feather.CIRCLE;
            case RUNNING -> Feather.LOADER;
            case PASSED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case SKIPPED -> Feather.MINUS_CIRCLE;
        };
    }

    private static Label label(String styleClass, String id) {
        var label = new Label();
        label.setId("doctor-step-" + id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static void shownWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.textProperty().isNotEmpty());
    }
}
