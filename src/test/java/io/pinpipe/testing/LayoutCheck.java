package io.pinpipe.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a person would see wrong in a scene at its size: a button or field that lies (partly) outside it, a button
 * squeezed to a sliver or to "…", a number cut to an ellipsis. Content inside a scroll pane or a table may lie beyond
 * the visible part (it scrolls into view), so only its truncated numbers count. Read on the FX thread.
 */
public final class LayoutCheck {

    /** Half a pixel of rounding either side. */
    private static final double SLACK = 1;
    /** Narrower than this, a button with text cannot be read or hit. */
    private static final double SLIVER = 12;
    /** Longer than this, a text is a sentence or an identifier such as an ARN, not a number. */
    private static final int NUMBER_TEXT = 40;

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+~]?\\d[\\d,.\\u202f ]*\\s?(%|[kKMGT]i?B|[kKMGB]|ms|s|/s)?");

    private final double width;
    private final double height;
    private final String where;
    private final List<String> problems = new ArrayList<>();

    private LayoutCheck(double width, double height, String where) {
        this.width = width;
        this.height = height;
        this.where = where;
    }

    /** The problems of what {@code scene} shows, each one line starting with {@code where}. */
    public static List<String> problems(Scene scene, String where) {
        return FxRead.get(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            var check = new LayoutCheck(scene.getWidth(), scene.getHeight(), where);
            check.walk(scene.getRoot(), false);
            return List.copyOf(check.problems);
        });
    }

    private void walk(Node node, boolean scrolls) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (!scrolls && isControl(node)) {
            checkInside(node);
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof Parent parent) {
            var inner = scrolls || node instanceof ScrollPane || node instanceof VirtualFlow;
            for (var child : parent.getChildrenUnmodifiable()) {
                walk(child, inner);
            }
        }
    }

    private static boolean isControl(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof Spinner || node instanceof javafx.scene.control.ChoiceBox;
    }

    private void checkInside(Node node) {
        if (!node.isManaged() && node.getParent() != null && node.getParent().isManaged()) {
            // an unmanaged control is placed by its owner (a skin's internals): judged with the owner
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMinX() < -SLACK || bounds.getMinY() < -SLACK
                || bounds.getMaxX() > width + SLACK || bounds.getMaxY() > height + SLACK) {
            problems.add("%s: %s lies outside the %.0fx%.0f window (x %.0f..%.0f, y %.0f..%.0f)".formatted(where,
                    name(node), width, height, bounds.getMinX(), bounds.getMaxX(), bounds.getMinY(), bounds.getMaxY()));
        } else if (node instanceof ButtonBase button && hasText(button) && bounds.getWidth() < SLIVER) {
            problems.add("%s: %s is a sliver (%.0f px wide)".formatted(where, name(node), bounds.getWidth()));
        }
    }

    private void checkText(Labeled labeled) {
        var full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        var shown = shownText(labeled);
        if (shown == null || shown.equals(full) || !(shown.endsWith("…") || shown.endsWith("...") || shown.startsWith("…"))) {
            return;
        }
        var number = labeled instanceof javafx.scene.control.TableCell<?, ?> ? isNumber(full) : holdsNumber(full);
        if (labeled instanceof ButtonBase || number) {
            problems.add("%s: %s shows \"%s\" for \"%s\"".formatted(where, name(labeled), shown, full));
        }
    }

    /** A count, size, address, time or date: a short text with a digit (a long sentence may end in "…" by design). */
    private static boolean holdsNumber(String text) {
        return text.length() <= NUMBER_TEXT && text.chars().anyMatch(Character::isDigit);
    }

    /** In a table's data a long text may be cut (the column can be widened), a count or size may not. */
    private static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    /** What the label's skin draws: its own text node, cut to fit. */
    private static String shownText(Labeled labeled) {
        for (var child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static boolean hasText(ButtonBase button) {
        return button.getText() != null && !button.getText().isBlank();
    }

    private static String name(Node node) {
        var kind = node.getClass().getSimpleName();
        var text = node instanceof Labeled labeled ? " \"" + Objects.toString(labeled.getText(), "") + "\"" : "";
        var id = node.getId() == null ? "" : " #" + node.getId();
        return kind + id + text;
    }
}
