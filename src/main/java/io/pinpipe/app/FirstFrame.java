package io.pinpipe.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Runs an action once, when a stage's first frame has been laid out, just before it is painted. */
final class FirstFrame implements Runnable {

    private final Scene scene;
    private final Runnable action;

    private FirstFrame(Scene scene, Runnable action) {
        this.scene = scene;
        this.action = action;
    }

    /** Call before {@code stage.show()}; the stage must have its scene. */
    static void after(Stage stage, Runnable action) {
        if (stage.isShowing() && stage.getScene() != null) {
            // A stage shown before (tests reuse one): its next frame is the first of this scene.
            stage.getScene().addPostLayoutPulseListener(new FirstFrame(stage.getScene(), action));
            return;
        }
        stage.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                if (now && stage.getScene() != null) {
                    showing.removeListener(this);
                    stage.getScene().addPostLayoutPulseListener(new FirstFrame(stage.getScene(), action));
                }
            }
        });
    }

    @Override
    public void run() {
        scene.removePostLayoutPulseListener(this);
        action.run();
    }
}
