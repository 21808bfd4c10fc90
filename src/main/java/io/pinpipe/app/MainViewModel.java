package io.pinpipe.app;

import io.pinpipe.settings.Settings;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.settings.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The state of the window itself: which pane shows and which theme; both remembered between runs. */
public final class MainViewModel {

    private final ObjectProperty<PaneId> pane = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public MainViewModel(SettingsStore settings) {
        var saved = settings.get();
        pane.set(PaneId.byKey(saved.lastPane()).orElse(PaneId.byKey(Settings.DEFAULT_PANE).orElseThrow()));
        theme.set(saved.theme());
        pane.addListener((obs, old, value) -> settings.update(s -> s.withLastPane(value.key())));
        theme.addListener((obs, old, value) -> settings.update(s -> s.withTheme(value)));
    }

    public ObjectProperty<PaneId> paneProperty() {
        return pane;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }
}
