package io.pinpipe.messages.view;

import io.pinpipe.messages.filter.FilterSpec;
import io.pinpipe.messages.filter.SavedFilters;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved filters of the topic chosen, read and written off the FX thread (a small file in the settings folder). */
public final class SavedFilterList {

    private final SavedFilters store;
    private final Async async;
    private final ObservableList<SavedFilters.Saved> items = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final JobSlot slot = new JobSlot();
    private String topic = "";

    public SavedFilterList(SavedFilters store, Async async) {
        this.store = store;
        this.async = async;
    }

    /** The filters saved for this topic (none for no topic). */
    void load(String name) {
        topic = name;
        items.clear();
        if (name.isEmpty()) {
            return;
        }
        slot.replace(async.job("Reading the saved filters of " + name, p -> store.of(name))
                .onSuccess(items::setAll)
                .onError(e -> problem.set(ErrorText.of(e))));
    }

    /** Saves (or replaces, same name) a filter for the topic chosen. */
    void save(String name, FilterSpec spec) {
        var on = topic;
        if (on.isEmpty() || name.isBlank()) {
            return;
        }
        var entry = new SavedFilters.Saved(name.strip(), spec);
        slot.replace(async.job("Saving the filter " + entry.name(), p -> {
                    store.save(on, entry);
                    return store.of(on);
                })
                .onSuccess(items::setAll)
                .onError(e -> problem.set(ErrorText.of(e))));
    }

    void remove(String name) {
        var on = topic;
        slot.replace(async.job("Deleting the filter " + name, p -> {
                    store.remove(on, name);
                    return store.of(on);
                })
                .onSuccess(items::setAll)
                .onError(e -> problem.set(ErrorText.of(e))));
    }

    ObservableList<SavedFilters.Saved> items() {
        return items;
    }

    StringProperty problemProperty() {
        return problem;
    }

    String topic() {
        return topic;
    }
}
