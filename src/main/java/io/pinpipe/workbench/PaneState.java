package io.pinpipe.workbench;

import io.pinpipe.core.Tone;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pane shows outside its own area, set by the pane when it builds its view ({@link Workbench#state}): the
 * connection it works on (the status bar shows it while the pane shows), a marker on its sidebar entry (seen from
 * any pane, e.g. "Running"), and the keys it answers. All on the FX thread.
 */
public final class PaneState {

    private final StringProperty connection = new SimpleStringProperty("");
    private final ObjectProperty<Tone> connectionTone = new SimpleObjectProperty<>(Tone.NEUTRAL);
    private final StringProperty activity = new SimpleStringProperty("");
    private final ObjectProperty<Tone> activityTone = new SimpleObjectProperty<>(Tone.NEUTRAL);
    private final Map<KeyCombination, Runnable> whileShown = new LinkedHashMap<>();
    private final Map<KeyCombination, Runnable> anywhere = new LinkedHashMap<>();

    /** The connection the pane works on, one line with its tone; an empty line leaves the status bar to the sandbox. */
    public void showConnection(ObservableStringValue line, ObservableObjectValue<Tone> tone) {
        connection.bind(line);
        connectionTone.bind(tone);
    }

    public ReadOnlyStringProperty connection() {
        return connection;
    }

    public ReadOnlyObjectProperty<Tone> connectionTone() {
        return connectionTone;
    }

    /** A word on the sidebar entry, e.g. "Running"; empty for none. */
    public void showActivity(ObservableStringValue word, ObservableObjectValue<Tone> tone) {
        activity.bind(word);
        activityTone.bind(tone);
    }

    public ReadOnlyStringProperty activity() {
        return activity;
    }

    public ReadOnlyObjectProperty<Tone> activityTone() {
        return activityTone;
    }

    /** A key the pane answers while it shows, e.g. Ctrl+F to its filter; it wins over a control's own use of the key. */
    public void onKey(KeyCombination key, Runnable action) {
        whileShown.put(key, action);
    }

    /** A key the pane answers whichever pane shows, e.g. the one that stops a running emulator. */
    public void onKeyAnywhere(KeyCombination key, Runnable action) {
        anywhere.put(key, action);
    }

    public Map<KeyCombination, Runnable> keysWhileShown() {
        return Map.copyOf(whileShown);
    }

    public Map<KeyCombination, Runnable> keysAnywhere() {
        return Map.copyOf(anywhere);
    }
}
