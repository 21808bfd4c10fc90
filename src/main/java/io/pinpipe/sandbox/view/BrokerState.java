package io.pinpipe.sandbox.view;

import io.pinpipe.core.Look;
import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;

/** What the Sandbox pane says about the broker. */
public enum BrokerState implements Shown {
    UNKNOWN("Checking…", Tone.NEUTRAL),
    STOPPED("Stopped", Tone.NEUTRAL),
    STARTING("Starting…", Tone.BUSY),
    RUNNING("Running", Tone.OK),
    STOPPING("Stopping…", Tone.BUSY),
    FAILED("Failed to start", Tone.FAILED);

    private final Look look;

    BrokerState(String label, Tone tone) {
        this.look = new Look(label, tone);
    }

    @Override
    public Look look() {
        return look;
    }

    public boolean busy() {
        return this == UNKNOWN || this == STARTING || this == STOPPING;
    }
}
