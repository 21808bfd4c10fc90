package io.pinpipe.emulator;

import java.time.Duration;

/** Where a run is. The engine reports each change to its listener. */
public sealed interface EmulatorState {

    record Idle() implements EmulatorState {
    }

    record Running() implements EmulatorState {
    }

    record Paused() implements EmulatorState {
    }

    /** The database cannot be read; the engine tries again after {@code retryIn}, by itself. */
    record SourceUnavailable(String reason, Duration retryIn) implements EmulatorState {
        public String message() {
            return "Source unavailable, retrying in " + retryIn.toSeconds() + " s: " + reason;
        }
    }

    /** Sending what is in flight and waiting for its outcome. */
    record Stopping() implements EmulatorState {
    }

    record Finished(RunSummary summary) implements EmulatorState {
    }

    record Failed(String reason, RunSummary summary) implements EmulatorState {
    }

    default boolean ended() {
        return this instanceof Finished || this instanceof Failed;
    }
}
