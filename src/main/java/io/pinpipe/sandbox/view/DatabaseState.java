package io.pinpipe.sandbox.view;

import io.pinpipe.ui.Badge;

/** What the Sandbox pane says about the sample database. */
public enum DatabaseState {
    UNKNOWN("Checking…", Badge.Tone.NEUTRAL),
    MISSING("Not created yet", Badge.Tone.NEUTRAL),
    CREATING("Creating…", Badge.Tone.BUSY),
    READY("Ready", Badge.Tone.OK),
    FAILED("Failed", Badge.Tone.FAILED);

    private final String label;
    private final Badge.Tone tone;

    DatabaseState(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Badge.Tone tone() {
        return tone;
    }
}
