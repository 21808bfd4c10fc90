package io.pinpipe.sandbox.view;

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

    private final String label;
    private final Tone tone;

    BrokerState(String label, Tone tone) {
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

    public boolean busy() {
        return this == UNKNOWN || this == STARTING || this == STOPPING;
    }
}
