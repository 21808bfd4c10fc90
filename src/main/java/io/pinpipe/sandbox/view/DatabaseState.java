package io.pinpipe.sandbox.view;

import io.pinpipe.core.Look;
import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;

/** What the Sandbox pane says about the sample database. */
public enum DatabaseState implements Shown {
    UNKNOWN("Checking…", Tone.NEUTRAL),
    MISSING("Not created yet", Tone.NEUTRAL),
    CREATING("Creating…", Tone.BUSY),
    READY("Ready", Tone.OK),
    FAILED("Failed", Tone.FAILED);

    private final Look look;

    DatabaseState(String label, Tone tone) {
        this.look = new Look(label, tone);
    }

    @Override
    public Look look() {
        return look;
    }
}
