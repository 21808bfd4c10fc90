package io.pinpipe.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.pinpipe.settings.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** Puts a theme on the whole application: AtlantaFX's Primer palette plus Pinpipe's own stylesheet. */
public final class ThemeApplier {

    public static final String DARK_CLASS = "dark";
    private static final String APP_CSS = ThemeApplier.class.getResource("pinpipe.css").toExternalForm();

    private ThemeApplier() {
    }

    public static void apply(Theme theme, Scene scene) {
        var palette = theme == Theme.DARK ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(palette.getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        var classes = scene.getRoot().getStyleClass();
        classes.remove(DARK_CLASS);
        if (theme == Theme.DARK) {
            classes.add(DARK_CLASS);
        }
    }
}
