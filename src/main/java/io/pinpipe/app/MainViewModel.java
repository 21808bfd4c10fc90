package io.pinpipe.app;

import io.pinpipe.settings.Settings;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.settings.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Set;

/** The state of the window itself: which pane shows (by its key) and which theme; both remembered between runs. */
public final class MainViewModel {

    private final StringProperty pane = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    /** @param keys the panes the window has: a remembered key of a pane that is gone opens the default one */
    public MainViewModel(SettingsStore settings, Set<String> keys) {
        var saved = settings.get();
        pane.set(keys.contains(saved.lastPane()) ? saved.lastPane() : Settings.DEFAULT_PANE);
        theme.set(saved.theme());
        pane.addListener((obs, old, value) -> settings.update(s -> s.withLastPane(value)));
        theme.addListener((obs, old, value) -> settings.update(s -> s.withTheme(value)));
    }

    public StringProperty paneProperty() {
        return pane;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }
}
