package io.pinpipe.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The line under a field of a dialog: its hint, muted; or what is wrong with it, in red, the field marked. Used by the
 * reset, produce and export dialogs.
 */
public final class FieldNote {

    private FieldNote() {
    }

    public static Label under(Control field, String hint, ObservableStringValue problem) {
        var note = new Label();
        note.setId(field.getId() + "-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add(Styles.TEXT_SMALL);
        note.textProperty().bind(Bindings.createStringBinding(() -> problem.get().isEmpty() ? hint : problem.get(), problem));
        Runnable mark = () -> {
            var wrong = !problem.get().isEmpty();
            note.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            note.getStyleClass().add(wrong ? Styles.DANGER : Styles.TEXT_MUTED);
            field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        };
        problem.addListener((obs, old, now) -> mark.run());
        mark.run();
        return note;
    }
}
