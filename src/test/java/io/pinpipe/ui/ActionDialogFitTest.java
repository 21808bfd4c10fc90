package io.pinpipe.ui;

import io.pinpipe.settings.Theme;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.FxRead;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #13, "Dialogs grow off-screen", in the dialog every small change goes through (the config editor, add
 * partitions, delete, new connection): a refusal shown under the form, short or long, leaves the dialog on the
 * screen with its buttons and the whole refusal in reach. Before, the same dialog grew to 1,735 px for a refusal of
 * 97 characters and did not grow at all for a longer one, cutting off Save and Cancel.
 */
class ActionDialogFitTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Dialog<Void> dialog;

    @BeforeEach
    void aWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            var scene = new Scene(new VBox(), 900, 600);
            ThemeApplier.apply(Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.close());
        // The next test class may show this stage again: hidden, it starts from its own first frame.
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 40})
    void aRefusalUnderTheFormKeepsTheButtonsOnTheScreen(int sentences) throws Exception {
        var refusal = "Config retention.ms must be a whole number (milliseconds, -1 to keep messages forever), not 'abc'. "
                .repeat(sentences).strip();
        robot.interact(() -> {
            var value = new TextField("abc");
            var note = new Label("Source now: set on this topic. Leave empty to go back to the default.");
            note.setWrapText(true);
            var form = new VBox(8, new Label("retention.ms"), value, note);
            dialog = ActionDialog.show(stage, "edit", "Change configuration", "Change retention.ms", form, "Save",
                    Bindings.createBooleanBinding(() -> true), false, (done, failed) -> failed.accept(refusal));
        });
        robot.clickOn("#edit-action");
        await().atMost(Duration.ofSeconds(5)).until(() -> FxRead.description(robot, "#edit-error").equals(refusal));
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(300))
                .until(() -> DialogOnScreen.size(robot, "#edit"), size -> size.equals(DialogOnScreen.size(robot, "#edit")));

        io.pinpipe.testing.Screenshots.save(robot.lookup("#edit").query().getScene(), "dialog-action-refused-" + sentences);
        var problems = DialogOnScreen.problems(robot, "#edit", "#edit-action");
        if (sentences < 40) {
            problems.addAll(DialogOnScreen.problems(robot, "#edit", "#edit-error"));
        }
        assertThat(problems).as("with a refusal of " + refusal.length() + " characters, the dialog is "
                + DialogOnScreen.size(robot, "#edit")).isEmpty();
    }
}
