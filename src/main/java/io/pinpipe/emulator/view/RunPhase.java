package io.pinpipe.emulator.view;

import io.pinpipe.core.Look;
import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;
import io.pinpipe.emulator.EmulatorState;

/** What the Emulator pane says about the run. */
public enum RunPhase implements Shown {
    IDLE("Ready", Tone.NEUTRAL),
    PREPARING("Preparing…", Tone.BUSY),
    RUNNING("Running", Tone.OK),
    PAUSED("Paused", Tone.NEUTRAL),
    SOURCE_UNAVAILABLE("Source unavailable, retrying", Tone.FAILED),
    SINK_WAITING("Waiting for the broker", Tone.FAILED),
    STOPPING("Stopping…", Tone.BUSY),
    FINISHED("Finished", Tone.NEUTRAL),
    FAILED("Failed", Tone.FAILED);

    private final Look look;

    RunPhase(String label, Tone tone) {
        this.look = new Look(label, tone);
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

    @Override
    public Look look() {
        return look;
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
