package io.pinpipe.sandbox.view;

import io.pinpipe.ui.Badge;

/** What the Sandbox pane says about the broker. */
public enum BrokerState {
    UNKNOWN("Checking…", Badge.Tone.NEUTRAL),
    STOPPED("Stopped", Badge.Tone.NEUTRAL),
    STARTING("Starting…", Badge.Tone.BUSY),
    RUNNING("Running", Badge.Tone.OK),
    STOPPING("Stopping…", Badge.Tone.BUSY),
    FAILED("Failed to start", Badge.Tone.FAILED);

    private final String label;
    private final Badge.Tone tone;

    BrokerState(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Badge.Tone tone() {
        return tone;
    }

    public boolean busy() {
        return this == UNKNOWN || this == STARTING || this == STOPPING;
    }
}
