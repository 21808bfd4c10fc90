package io.pinpipe.ui;

import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;
import javafx.scene.control.Label;

/** A small coloured pill that names a state. */
public final class Badge extends Label {

    private static final String[] TONE_CLASSES = {"neutral", "busy", "ok", "failed"};

    public Badge() {
        getStyleClass().add("badge");
        show("", Tone.NEUTRAL);
    }

    public void show(Shown state) {
        show(state.label(), state.tone());
    }

    public void show(String text, Tone tone) {
        setText(text);
        getStyleClass().removeAll(TONE_CLASSES);
        getStyleClass().add(styleClass(tone));
    }

    /** The CSS class of pinpipe.css that colours a tone. */
    static String styleClass(Tone tone) {
        return switch (tone) {
            case NEUTRAL -> "neutral";
            case BUSY -> "busy";
            case OK -> "ok";
            case FAILED -> "failed";
        };
    }
}
