package io.pinpipe.workbench;

import io.pinpipe.core.Tone;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;

import java.util.function.Consumer;

/** The local sandbox broker as the other panes and the status bar see it; the Sandbox pane offers it. */
public interface SandboxControl {

    /** Calls exactly one of the two on the FX thread: {@code then} once the broker runs, or {@code failed} with why not. */
    void whenRunning(Runnable then, Consumer<String> failed);

    /** One line for the status bar: the sandbox's address and state. */
    ObservableStringValue connectionText();

    ObservableObjectValue<Tone> connectionTone();
}
