package io.pinpipe.ui;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
        // A message shown or hidden changes the content's height: fit again (also after the window has grown).
        content.layoutBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight()) {
                fitSoon(dialog);
            }
        });
        return install(owner, dialog, scroll);
    }

    /** Content that scrolls or stretches by itself (a list of steps, text areas): only the window is fitted. */
    public static <D extends Dialog<?>> D stretching(Window owner, D dialog) {
        return install(owner, dialog, null);
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

    private static <D extends Dialog<?>> D install(Window owner, D dialog, ScrollPane scroll) {
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
        return dialog;
    }

    /** The owner's stylesheets (Pinpipe's, e.g. its focus ring) apply in the dialog too. */
    private static void lookLikeOwner(Dialog<?> dialog) {
        var owner = dialog.getOwner();
        if (owner != null && owner.getScene() != null) {
            var sheets = dialog.getDialogPane().getStylesheets();
            owner.getScene().getStylesheets().stream().filter(sheet -> !sheets.contains(sheet)).forEach(sheets::add);
        }
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
        var screen = screenOf(dialog.getOwner() != null ? dialog.getOwner() : window);
        var frameWidth = Math.max(0, window.getWidth() - scene.getWidth());
        var frameHeight = Math.max(0, window.getHeight() - scene.getHeight());
        var maxWidth = screen.getWidth() - 2 * MARGIN - frameWidth;
        var maxHeight = screen.getHeight() - 2 * MARGIN - frameHeight;

        pane.applyCss();
        var width = Math.min(Math.max(pane.prefWidth(-1), pane.minWidth(-1)), maxWidth);
        window.setWidth(Math.ceil(width + frameWidth));
        pane.resize(width, pane.getHeight());
        pane.layout();
        var height = scroll == null ? pane.prefHeight(width) : heightWithScroll(pane, width, maxHeight);
        height = Math.min(Math.max(height, pane.minHeight(width)), maxHeight);
        window.setHeight(Math.ceil(height + frameHeight));
        place(window, screen);
    }

    /** The scroll pane's viewport takes the content's height at the width the content gets, up to the screen's. */
    private double heightWithScroll(javafx.scene.control.DialogPane pane, double width, double maxHeight) {
        scroll.applyCss();
        scroll.layout();
        var viewportWidth = scroll.getViewportBounds().getWidth();
        if (viewportWidth <= 0) {
            viewportWidth = width - scroll.snappedLeftInset() - scroll.snappedRightInset();
        }
        var content = scroll.getContent();
        // What the scroll pane laid the content out at, at this width; asked only before the first layout.
        var laidOut = content.getLayoutBounds().getHeight();
        var needed = laidOut > 0 ? laidOut : Math.max(content.prefHeight(viewportWidth), content.minHeight(viewportWidth));
        scroll.setPrefViewportHeight(needed);
        var height = pane.prefHeight(width);
        if (height > maxHeight) {
            scroll.setPrefViewportHeight(Math.max(needed - (height - maxHeight), 60));
            height = pane.prefHeight(width);
        }
        return height;
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
