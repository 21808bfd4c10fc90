package io.pinpipe.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The jobs running right now, for the status bar. Only touched on the FX thread. */
public final class BackgroundWork {

    private final ObservableList<String> running = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding summary = Bindings.createStringBinding(this::describe, running);

    public BackgroundWork() {
        busy.bind(Bindings.isNotEmpty(running));
    }

    void started(String title) {
        running.add(title);
    }

    void finished(String title) {
        running.remove(title);
    }

    public ObservableList<String> running() {
        return readOnlyRunning; // one view, kept: a fresh one per call drops its listeners when collected
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringBinding summaryProperty() {
        return summary;
    }

    private String describe() {
        if (running.isEmpty()) {
            return "";
        }
        var first = running.get(0);
        return running.size() == 1 ? first : first + " (and " + (running.size() - 1) + " more)";
    }
}
