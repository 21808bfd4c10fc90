package io.pinpipe.workbench;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * What uses the local sandbox now, e.g. "the emulator streams into it": the Sandbox pane asks before it stops or
 * resets the broker under them. On the FX thread.
 */
public final class SandboxUsers {

    private final ObservableList<Use> users = FXCollections.observableArrayList();

    private record Use(String what) {
    }

    /** Says {@code what} uses the sandbox, in words for a question ("The emulator is streaming into it"); run the result when done. */
    public Runnable claim(String what) {
        var use = new Use(what);
        users.add(use);
        return () -> users.removeIf(each -> each == use);
    }

    public List<String> now() {
        return users.stream().map(Use::what).toList();
    }

    public boolean any() {
        return !users.isEmpty();
    }
}
