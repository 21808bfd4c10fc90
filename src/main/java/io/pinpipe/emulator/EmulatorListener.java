package io.pinpipe.emulator;

/**
 * Told of state changes and of every event's rows, on the engine's threads (a source outage is told by the one
 * that reads ahead): implementations must be quick
 * (a GUI puts rows in a bounded buffer and drains it on a timer, see {@link EventBuffer}).
 */
public interface EmulatorListener {

    EmulatorListener NONE = new EmulatorListener() {
    };

    default void stateChanged(EmulatorState state) {
    }

    default void sampled(EmulatorEvent event) {
    }
}
