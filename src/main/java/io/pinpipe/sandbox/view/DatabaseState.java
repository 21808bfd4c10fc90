package io.pinpipe.sandbox.view;

import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;

/** What the Sandbox pane says about the sample database. */
public enum DatabaseState implements Shown {
    UNKNOWN("Checking…", Tone.NEUTRAL),
    MISSING("Not created yet", Tone.NEUTRAL),
    CREATING("Creating…", Tone.BUSY),
    READY("Ready", Tone.OK),
    FAILED("Failed", Tone.FAILED);

    private final String label;
    private final Tone tone;

    DatabaseState(String label, Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Tone tone() {
        return tone;
    }
}
