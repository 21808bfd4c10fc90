package io.pinpipe.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Ctrl+1..9 (Cmd on macOS) that show the panes, as keys and as the text that names them. */
final class Shortcuts {

    private Shortcuts() {
    }

    static KeyCombination pane(int number) {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number), KeyCombination.SHORTCUT_DOWN);
    }

    /** "Ctrl+4", or "⌘4" on macOS, as JavaFX names the combination. */
    static String label(int number) {
        return pane(number).getDisplayText();
    }
}
