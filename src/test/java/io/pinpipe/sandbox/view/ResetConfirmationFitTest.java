package io.pinpipe.sandbox.view;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.input.KeyCode;
import io.pinpipe.settings.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sandbox's reset confirmation (an Alert, shown and waited for) is fitted like every dialog. */
class ResetConfirmationFitTest {

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theResetConfirmationOpensOnTheScreenWithItsButtons(Theme theme) throws Exception {
        var home = Files.createTempDirectory("pinpipe-reset-fit");
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withTheme(theme).withLastPane("sandbox").withStartSandboxOnOpen(false));
        }
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.disabled(robot, "#broker-reset"));
            robot.clickOn("#broker-reset");
            await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#reset-confirmation").tryQuery().isPresent());

            assertThat(DialogOnScreen.problems(robot, "#reset-confirmation")).isEmpty();
            Screenshots.save(robot.lookup("#reset-confirmation").query().getScene(), "dialog-reset-confirmation-" + theme.name().toLowerCase());
            robot.push(KeyCode.ESCAPE);
        }
    }
}
