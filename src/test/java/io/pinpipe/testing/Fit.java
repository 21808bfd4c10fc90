package io.pinpipe.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a person sees cut off: a button or label whose text the skin shortened to "…", or a button outside the window.
 * Read on the FX thread ({@link FxRead#get}).
 */
public final class Fit {

    private Fit() {
    }

    /** Buttons, and labels or cells showing a number, whose text shows shortened; as "text shows shown". */
    public static List<String> cutText(Parent root) {
        var cut = new ArrayList<String>();
        each(root, node -> {
            if (node instanceof Labeled labeled && shown(labeled) && labeled.getText() != null
                    && !labeled.getText().isEmpty()
                    && (labeled instanceof ButtonBase || number(labeled.getText()))) {
                shownText(labeled).filter(text -> !text.equals(labeled.getText())
                                && (text.endsWith("…") || text.endsWith("...")))
                        .ifPresent(text -> cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText()
                                + "' shows '" + text + "'"));
            }
        });
        return cut;
    }

    /** A count, an offset or a sentence with one; not a name that has digits in it ("0a1b2c.pin", "lz4"). */
    private static boolean number(String text) {
        var name = text.matches("\\S+") && text.matches(".*[A-Za-z].*");
        return text.matches("(?s).*\\d.*") && !name;
    }

    /** Buttons (with an id or text) that lie partly outside the window, or outside a parent that clips them. */
    public static List<String> buttonsOutside(Parent root) {
        var outside = new ArrayList<String>();
        var scene = root.getScene();
        each(root, node -> {
            if (node instanceof ButtonBase button && shown(button)) {
                var bounds = sceneBounds(button);
                var name = (button.getId() != null ? "#" + button.getId() : "'" + button.getText() + "'") + " at " + bounds;
                if (!within(bounds, new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight()))) {
                    outside.add(name);
                }
                // A split pane's side or a tab's content clips what overflows it: such a button shows cut.
                for (var parent = button.getParent(); parent != null; parent = parent.getParent()) {
                    var clip = parent.getClip();
                    if (clip != null && !within(bounds, parent.localToScene(clip.getBoundsInParent()))) {
                        outside.add(name + " cut by " + parent.getClass().getSimpleName());
                        break;
                    }
                }
            }
        });
        return outside;
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    public static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Whether the node and every parent are visible, and it has a size. */
    public static boolean shown(Node node) {
        for (var each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0;
    }

    private static java.util.Optional<String> shownText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText()).findFirst();
    }

    public static void each(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (var child : parent.getChildrenUnmodifiable()) {
                each(child, visit);
            }
        }
    }
}
