package io.pinpipe.emulator.view;

import java.util.function.Consumer;

/** Starts the local sandbox for a run that targets it, so a newcomer can press Start with nothing else set up. */
@FunctionalInterface
public interface SandboxStarter {

    /** Calls exactly one of the two on the FX thread: {@code then} once the broker runs, or {@code failed} with why not. */
    void whenRunning(Runnable then, Consumer<String> failed);
}
