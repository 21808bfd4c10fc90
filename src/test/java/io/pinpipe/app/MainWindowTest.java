package io.pinpipe.app;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MainWindowTest {

    @TempDir
    Path home;

    @Test
    void navigationShowsEachPaneAndTheWindowRemembersTheLastOne() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            assertThat(app.stage().getTitle()).isEqualTo("Pinpipe");
            assertThat(app.stage().getIcons()).isNotEmpty();

            robot.clickOn("#nav-topics");
            assertThat(robot.lookup("#pane-topics").tryQuery()).isPresent();
            assertThat(robot.lookup("#nav-topics").queryAs(ToggleButton.class).isSelected()).isTrue();
            Screenshots.save(app.scene(), "main-window-topics");

            robot.clickOn("#nav-clusters");
            assertThat(robot.lookup("#pane-clusters").tryQuery()).isPresent();
            assertThat(robot.lookup("#pane-topics").tryQuery()).isEmpty();
            robot.clickOn("#nav-clusters");
            assertThat(robot.lookup("#nav-clusters").queryAs(ToggleButton.class).isSelected())
                    .as("a second click keeps the entry selected").isTrue();

            robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
            assertThat(robot.lookup("#pane-emulator").tryQuery()).isPresent();
            assertThat(robot.lookup("#nav-emulator").queryAs(ToggleButton.class).isSelected()).isTrue();
            robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        }
        awaitSettingsContain("\"lastPane\" : \"clusters\"");

        try (var app = RunningApp.start(home)) {
            assertThat(app.robot().lookup("#pane-clusters").tryQuery()).isPresent();
            assertThat(app.robot().lookup("#nav-clusters").queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void themeSwitchAppliesTheDarkThemeAndItIsRememberedNextTime() throws Exception {
        try (var app = RunningApp.start(home)) {
            assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
            assertThat(app.robot().lookup("#theme-switch").queryAs(Button.class).getText()).isEqualTo("Dark theme");

            app.robot().clickOn("#theme-switch");

            assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
            assertThat(app.scene().getRoot().getStyleClass()).contains("dark");
            assertThat(app.robot().lookup("#theme-switch").queryAs(Button.class).getText()).isEqualTo("Light theme");
            Screenshots.save(app.scene(), "main-window-dark");
        }
        awaitSettingsContain("\"theme\" : \"DARK\"");

        try (var app = RunningApp.start(home)) {
            assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
            assertThat(app.scene().getRoot().getStyleClass()).contains("dark");
            app.robot().clickOn("#theme-switch");
            assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        }
    }

    @Test
    void windowSizeIsRememberedBetweenRuns() throws Exception {
        try (var app = RunningApp.start(home)) {
            app.robot().interact(() -> {
                app.stage().setWidth(1111);
                app.stage().setHeight(777);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        awaitSettingsContain("\"width\" : 1111.0");

        try (var app = RunningApp.start(home)) {
            assertThat(app.stage().getWidth()).isEqualTo(1111);
            assertThat(app.stage().getHeight()).isEqualTo(777);
        }
    }

    @Test
    void statusBarNamesTheSandboxAndFollowsItsState() throws Exception {
        // A file where the sandbox's data folder goes: a start fails at once, before any broker process.
        var dataDir = AppPaths.under(home).sandboxDir().resolve("kafka").resolve("data");
        Files.createDirectories(dataDir.getParent());
        Files.writeString(dataDir, "not a folder");
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> FxRead.text(robot, "#status-connection").equals("Local sandbox · stopped"));
            assertThat(statusDot(robot)).doesNotContain("online", "busy", "failed");

            robot.clickOn("#nav-sandbox");
            robot.clickOn("#broker-start");

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> FxRead.text(robot, "#status-connection").equals("Local sandbox · failed to start"));
            assertThat(statusDot(robot)).contains("failed");
        }
    }

    private static List<String> statusDot(FxRobot robot) {
        return FxRead.get(() -> List.copyOf(robot.lookup(".status-dot").query().getStyleClass()));
    }

    private void awaitSettingsContain(String fragment) {
        var file = home.resolve("config").resolve("settings.json");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(file) && Files.readString(file).contains(fragment));
    }
}
