package io.pinpipe.app;

import io.pinpipe.settings.SettingsStore;
import io.pinpipe.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that place is still on a screen, and remembers moves. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restoreAndTrack(Stage stage, SettingsStore settings) {
        var saved = settings.get().window().sane();
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setWidth(saved.width());
        stage.setHeight(saved.height());
        if (saved.hasPosition() && onSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(saved.maximized());

        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                settings.update(s -> s.withWindow(new WindowBounds(stage.getX(), stage.getY(),
                        stage.getWidth(), stage.getHeight(), false)));
            } else if (stage.isMaximized()) {
                settings.update(s -> s.withWindow(new WindowBounds(s.window().x(), s.window().y(),
                        s.window().width(), s.window().height(), true)));
            }
        };
        stage.xProperty().addListener((obs, old, value) -> remember.run());
        stage.yProperty().addListener((obs, old, value) -> remember.run());
        stage.widthProperty().addListener((obs, old, value) -> remember.run());
        stage.heightProperty().addListener((obs, old, value) -> remember.run());
        stage.maximizedProperty().addListener((obs, old, value) -> remember.run());
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        // At least a corner of the title bar must be reachable, or a removed monitor strands the window.
        var titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.min(bounds.width(), 200), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }
}
