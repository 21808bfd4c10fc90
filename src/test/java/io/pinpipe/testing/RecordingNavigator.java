package io.pinpipe.testing;

import io.pinpipe.workbench.Navigator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A navigator for view models tested without a window: remembers where it was asked to go. */
public final class RecordingNavigator implements Navigator {

    /** One request to show a pane. */
    public record Shown(String paneKey, Target target) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    @Override
    public void show(String paneKey, Target target) {
        shown.add(new Shown(paneKey, target));
    }

    @Override
    public String shortcut(String paneKey) {
        return "Ctrl+" + paneKey;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }
}
