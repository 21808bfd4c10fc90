package io.pinpipe.clusters.view;

import io.pinpipe.settings.Theme;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.FxRead;
import io.pinpipe.ui.ThemeApplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import static org.assertj.core.api.Assertions.assertThat;

/** A dialog shown with showAndWait (the SASL/SCRAM sign-in) is fitted too: on the screen, its fields where they show. */
class ScramPromptFitTest {

    @Test
    void theSignInPromptOpensOnTheScreenAndTakesWhatIsTyped() throws Exception {
        var stage = FxToolkit.registerPrimaryStage();
        var robot = new FxRobot();
        var open = new Button("Diagnose");
        open.setId("open-prompt");
        open.setOnAction(event -> ScramPrompt.userAndPassword(open));
        robot.interact(() -> {
            var scene = new Scene(new VBox(open), 900, 600);
            ThemeApplier.apply(Theme.LIGHT, scene);
            stage.setScene(scene);
            stage.show();
        });
        robot.clickOn("#open-prompt");

        assertThat(DialogOnScreen.problems(robot, "#scram-prompt", "#scram-user", "#scram-password")).isEmpty();
        robot.clickOn("#scram-user").write("alice");
        robot.clickOn("#scram-password").write("secret");
        assertThat(FxRead.text(robot, "#scram-user")).isEqualTo("alice");
        assertThat(FxRead.text(robot, "#scram-password")).isEqualTo("secret");
        robot.push(KeyCode.ESCAPE);
    }

    @org.junit.jupiter.api.AfterEach
    void hideTheStage() throws Exception {
        FxToolkit.cleanupStages();
    }
}
