package io.pinpipe.emulator.view;

import io.pinpipe.emulator.EmulatorState;
import io.pinpipe.ui.Badge;

/** What the Emulator pane says about the run. */
public enum RunPhase {
    IDLE("Ready", Badge.Tone.NEUTRAL),
    PREPARING("Preparing…", Badge.Tone.BUSY),
    RUNNING("Running", Badge.Tone.OK),
    PAUSED("Paused", Badge.Tone.NEUTRAL),
    SOURCE_UNAVAILABLE("Source unavailable, retrying", Badge.Tone.FAILED),
    SINK_WAITING("Waiting for the broker", Badge.Tone.FAILED),
    STOPPING("Stopping…", Badge.Tone.BUSY),
    FINISHED("Finished", Badge.Tone.NEUTRAL),
    FAILED("Failed", Badge.Tone.FAILED);

    private final String label;
    private final Badge.Tone tone;

    RunPhase(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    /** The engine's state as the pane says it; a run whose records wait long for an answer waits for the broker. */
    static RunPhase of(EmulatorState state, boolean sinkStalled, RunPhase current) {
        if (state instanceof EmulatorState.Running) {
            return sinkStalled ? SINK_WAITING : RUNNING;
        }
        if (state instanceof EmulatorState.Paused) {
            return PAUSED;
        }
        if (state instanceof EmulatorState.SourceUnavailable) {
            return SOURCE_UNAVAILABLE;
        }
        if (state instanceof EmulatorState.Finished) {
            return FINISHED;
        }
        if (state instanceof EmulatorState.Failed) {
            return FAILED;
        }
        return state instanceof EmulatorState.Stopping ? STOPPING : current;
    }

    public String label() {
        return label;
    }

    public Badge.Tone tone() {
        return tone;
    }

    /** A run exists: settings are locked and Stop applies. */
    public boolean active() {
        return this == PREPARING || this == RUNNING || this == PAUSED || this == SOURCE_UNAVAILABLE
                || this == SINK_WAITING || this == STOPPING;
    }

    public boolean pausable() {
        return this == RUNNING || this == SOURCE_UNAVAILABLE || this == SINK_WAITING;
    }
}
