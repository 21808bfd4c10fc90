package io.pinpipe.ui;

import javafx.scene.control.Label;

/** A small coloured pill that names a state. */
public final class Badge extends Label {

    public enum Tone { NEUTRAL, BUSY, OK, FAILED }

    public Badge() {
        getStyleClass().add("badge");
        show("", Tone.NEUTRAL);
    }

    public void show(String text, Tone tone) {
        setText(text);
        getStyleClass().removeAll("neutral", "busy", "ok", "failed");
        getStyleClass().add(tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
