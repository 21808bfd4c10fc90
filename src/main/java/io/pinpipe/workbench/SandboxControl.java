package io.pinpipe.workbench;

import io.pinpipe.core.Tone;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
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

    /**
     * Calls {@code runs} on the FX thread each time the broker starts, or runs on at another address (a pane on the
     * sandbox then reads again). Text and tone change one after the other, so both are watched and read together.
     */
    default void followRuns(Runnable runs) {
        var seen = new SimpleStringProperty(connectionTone().get() == Tone.OK ? connectionText().get() : "");
        InvalidationListener changed = obs -> {
            var text = connectionText().get();
            if (connectionTone().get() != Tone.OK) {
                seen.set("");
            } else if (!text.equals(seen.get())) {
                seen.set(text);
                runs.run();
            }
        };
        connectionText().addListener(changed);
        connectionTone().addListener(changed);
    }
}
