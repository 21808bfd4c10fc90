package io.pinpipe.ui;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Every dialog's size and place: owned by the window it came from, centred on it, inside the screen, as tall as its
 * content but never taller than the screen (the content scrolls, the buttons stay), and fitted again when a message
 * appears or goes in it. The content's height is asked for at the width it really gets, so wrapped text counts its
 * lines instead of one word a line (the old {@code sizeToScene} asked without a width and grew dialogs off-screen).
 */
public final class DialogFit {

    /** Room kept between a dialog and the screen's edges. */
    private static final double MARGIN = 16;
    private static final String FITTED = "pinpipe.dialog-fit.placed";

    private final Dialog<?> dialog;
    private final ScrollPane scroll;
    /** How tall the content's children reached when the dialog was last fitted. */
    private double fittedExtent = -1;
    private javafx.geometry.Dimension2D windowFrame;
    private int unsizedTries;

    private DialogFit(Dialog<?> dialog, ScrollPane scroll) {
        this.dialog = dialog;
        this.scroll = scroll;
    }

    /** A form: its content goes in a scroll pane, which takes the content's height up to what the screen allows. */
    public static <D extends Dialog<?>> D form(Window owner, D dialog) {
        var pane = dialog.getDialogPane();
        var content = pane.getContent() != null ? pane.getContent() : contentText(pane.getContentText());
        var scroll = new ScrollPane(content);
        scroll.getStyleClass().addAll("dialog-scroll", "edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setContent(scroll);
        var fit = install(owner, dialog, scroll);
        // A message shown or hidden changes what the content needs: after each of its layouts, fit again if so.
        if (content instanceof Parent parent) {
            parent.needsLayoutProperty().addListener((obs, was, now) -> {
                if (!now && Math.abs(extent(parent) - fit.fittedExtent) > 0.5) {
                    fitSoon(dialog);
                }
            });
        }
        return dialog;
    }

    /** Content that scrolls or stretches by itself (a list of steps, text areas): only the window is fitted. */
    public static <D extends Dialog<?>> D stretching(Window owner, D dialog) {
        install(owner, dialog, null);
        return dialog;
    }

    /** Fits the dialog again on the FX thread's next turn; nothing when it has been closed meanwhile. */
    public static void fitSoon(Dialog<?> dialog) {
        Platform.runLater(() -> {
            var fit = (DialogFit) dialog.getDialogPane().getProperties().get(DialogFit.class);
            if (fit != null && dialog.isShowing()) {
                fit.fit();
            }
        });
    }

    private static DialogFit install(Window owner, Dialog<?> dialog, ScrollPane scroll) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
        }
        lookLikeOwner(dialog);
        var fit = new DialogFit(dialog, scroll);
        dialog.getDialogPane().getProperties().put(DialogFit.class, fit);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            fit.fit();
            // Once more when the theme's styles and fonts have settled.
            fitSoon(dialog);
        });
        return fit;
    }

    /** The owner's stylesheets (Pinpipe's, e.g. its focus ring) apply in the dialog too. */
    private static void lookLikeOwner(Dialog<?> dialog) {
        var owner = dialog.getOwner();
        if (owner != null && owner.getScene() != null) {
            var sheets = dialog.getDialogPane().getStylesheets();
            owner.getScene().getStylesheets().stream().filter(sheet -> !sheets.contains(sheet)).forEach(sheets::add);
        }
    }

    /** The bottom of the lowest child shown, plus the parent's bottom inset. */
    private static double extent(Parent parent) {
        var bottom = 0.0;
        for (var child : parent.getChildrenUnmodifiable()) {
            if (child.isManaged() && child.isVisible()) {
                bottom = Math.max(bottom, child.getBoundsInParent().getMaxY());
            }
        }
        return bottom + (parent instanceof Region region ? region.snappedBottomInset() : 0);
    }

    private static Node contentText(String text) {
        var label = new Label(text == null ? "" : text);
        label.setWrapText(true);
        label.getStyleClass().add("content");
        return label;
    }

    private void fit() {
        var pane = dialog.getDialogPane();
        var scene = pane.getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        var window = scene.getWindow();
        if (Double.isNaN(window.getWidth()) || Double.isNaN(window.getHeight()) || Double.isNaN(window.getX())) {
            // A dialog shown with showAndWait has no size yet when it says it is shown: fit it a moment later.
            if (unsizedTries++ < 10) {
                fitSoon(dialog);
            }
            return;
        }
        var screen = screenOf(dialog.getOwner() != null ? dialog.getOwner() : window);
        if (windowFrame == null) {
            // The title bar and borders, read while the scene matches the window (it follows a resize a pulse later).
            windowFrame = new javafx.geometry.Dimension2D(Math.max(0, window.getWidth() - scene.getWidth()),
                    Math.max(0, window.getHeight() - scene.getHeight()));
        }
        var frameWidth = windowFrame.getWidth();
        var frameHeight = windowFrame.getHeight();
        var maxWidth = screen.getWidth() - 2 * MARGIN - frameWidth;
        var maxHeight = screen.getHeight() - 2 * MARGIN - frameHeight;

        pane.applyCss();
        var width = Math.min(Math.max(pane.prefWidth(-1), pane.minWidth(-1)), maxWidth);
        window.setWidth(Math.ceil(width + frameWidth));
        var height = scroll == null ? pane.prefHeight(width) : heightWithScroll(pane, width, maxHeight);
        // A form's own minimum counts wrapped text at no width; only content that stretches has a minimum to keep.
        height = Math.min(scroll == null ? Math.max(height, pane.minHeight(width)) : height, maxHeight);
        window.setHeight(Math.ceil(height + frameHeight));
        place(window, screen);
    }

    /** The scroll pane's viewport takes the content's height at the width the content gets, up to the screen's. */
    private double heightWithScroll(javafx.scene.control.DialogPane pane, double width, double maxHeight) {
        pane.layout();
        // The header, the buttons and the paddings around the content: what the pane does not give the scroll pane.
        var chrome = pane.getHeight() - scroll.getHeight();
        var frame = scroll.snappedTopInset() + scroll.snappedBottomInset();
        var content = scroll.getContent();
        // Where the content's children end once laid out: asking the content for its preferred height instead
        // counts wrapped text at no width, which is how dialogs grew to 1,800 px.
        var laidOut = content instanceof Parent parent ? extent(parent) : content.getLayoutBounds().getHeight();
        var needed = laidOut > 0 ? laidOut : content.prefHeight(scroll.getViewportBounds().getWidth());
        fittedExtent = laidOut;
        var height = chrome + frame + needed;
        var capped = height > maxHeight;
        // Stretched to the viewport while everything shows; at its own height, and scrolled, when the screen is short.
        scroll.setFitToHeight(!capped);
        scroll.setPrefViewportHeight(capped ? maxHeight - chrome - frame : needed);
        return Math.min(height, maxHeight);
    }

    /** Centred on the owner the first time, where the user left it afterwards; always inside the screen. */
    private void place(Window window, Rectangle2D screen) {
        var owner = dialog.getOwner();
        var x = window.getX();
        var y = window.getY();
        if (!dialog.getDialogPane().getProperties().containsKey(FITTED)) {
            dialog.getDialogPane().getProperties().put(FITTED, true);
            var around = owner != null ? new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()) : screen;
            x = around.getMinX() + (around.getWidth() - window.getWidth()) / 2;
            y = around.getMinY() + (around.getHeight() - window.getHeight()) / 2;
        }
        window.setX(clamp(x, screen.getMinX() + MARGIN, screen.getMaxX() - MARGIN - window.getWidth()));
        window.setY(clamp(y, screen.getMinY() + MARGIN, screen.getMaxY() - MARGIN - window.getHeight()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }

    private static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
