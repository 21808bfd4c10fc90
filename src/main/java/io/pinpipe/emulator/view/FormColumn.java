package io.pinpipe.emulator.view;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** A narrow form: sections with a heading, fields with their label above and their problem below. */
final class FormColumn extends VBox {

    FormColumn() {
        setSpacing(6);
        getStyleClass().add("form-column");
    }

    FormColumn section(String title) {
        var heading = new Label(title);
        heading.getStyleClass().add("form-section");
        getChildren().add(heading);
        return this;
    }

    FormColumn field(String label, Node input) {
        return field(label, input, null, null);
    }

    /** @param shownWhen null for always */
    FormColumn field(String label, Node input, ObservableStringValue problem, ObservableBooleanValue shownWhen) {
        var box = new VBox(3);
        if (label != null) {
            var name = new Label(label);
            name.getStyleClass().add("field-label");
            box.getChildren().add(name);
        }
        box.getChildren().add(input);
        if (problem != null) {
            var note = new Label();
            note.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            note.setWrapText(true);
            note.textProperty().bind(problem);
            note.visibleProperty().bind(note.textProperty().isNotEmpty());
            note.managedProperty().bind(note.visibleProperty());
            if (input.getId() != null) {
                note.setId(input.getId() + "-problem");
            }
            if (input instanceof TextInputControl text) {
                problem.addListener((obs, old, now) -> text.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            }
            box.getChildren().add(note);
        }
        if (shownWhen != null) {
            box.visibleProperty().bind(shownWhen);
            box.managedProperty().bind(shownWhen);
        }
        getChildren().add(box);
        return this;
    }
}
