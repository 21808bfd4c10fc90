package io.pinpipe.testing;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person would see wrong with an open dialog: its window off the screen, or one of its buttons (or a message
 * it shows) outside the window, where nobody can click or read it. Empty when all is well.
 */
public final class DialogOnScreen {

    private DialogOnScreen() {
    }

    /** Problems with the dialog pane {@code dialogQuery}: its buttons and each of {@code mustShow} must lie inside its window. */
    public static List<String> problems(FxRobot robot, String dialogQuery, String... mustShow) {
        return FxRead.get(() -> {
            var problems = new ArrayList<String>();
            var window = robot.lookup(dialogQuery).query().getScene().getWindow();
            var frame = frame(window);
            var screen = screenOf(window);
            if (!contains(screen, frame)) {
                problems.add("window " + describe(frame) + " is not inside the screen " + describe(screen));
            }
            for (var button : robot.lookup(dialogQuery + " .button-bar .button").queryAll()) {
                var bounds = button.localToScreen(button.getBoundsInLocal());
                if (!shown(button) || !contains(frame, bounds)) {
                    problems.add("the button " + ((javafx.scene.control.Button) button).getText() + " at " + describe(bounds)
                            + " cannot be clicked: outside the window " + describe(frame));
                }
            }
            for (var query : mustShow) {
                var node = robot.lookup(query).tryQuery();
                if (node.isEmpty()) {
                    problems.add(query + " is not in the dialog");
                    continue;
                }
                if (!shown(node.get())) {
                    problems.add(query + " is hidden");
                    continue;
                }
                var bounds = node.get().localToScreen(node.get().getBoundsInLocal());
                if (!contains(frame, bounds)) {
                    problems.add(query + " at " + describe(bounds) + " lies outside the window " + describe(frame));
                }
            }
            return problems;
        });
    }

    /** The window's size, for a message when it is wrong. */
    public static String size(FxRobot robot, String dialogQuery) {
        return FxRead.get(() -> describe(frame(robot.lookup(dialogQuery).query().getScene().getWindow())));
    }

    private static Bounds frame(Window window) {
        return new BoundingBox(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }

    private static Bounds screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        var visual = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        return new BoundingBox(visual.getMinX(), visual.getMinY(), visual.getWidth(), visual.getHeight());
    }

    private static boolean shown(Node node) {
        for (var at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        var slack = 0.5;
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    private static String describe(Bounds b) {
        return String.format("(x %.0f, y %.0f, %.0f x %.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
