package io.pinpipe.emulator.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.workbench.Workbench;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;

import static io.pinpipe.emulator.view.EmulatorPaneTest.choose;
import static io.pinpipe.emulator.view.EmulatorPaneTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A run seen and stopped from elsewhere: the sidebar marks it, Ctrl+. stops it, the sandbox knows it is in use. */
@Tag("slow")
class EmulatorFromAnyPaneTest {

    @TempDir
    Path home;

    @BeforeEach
    void openOnTheEmulatorWithTheSandboxStopped() throws Exception {
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(PortRetry.candidate()).withLastPane("emulator").withStartSandboxOnOpen(false));
        }
    }

    @AfterEach
    void leaveNoBrokerBehind() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void aRunIsMarkedInTheSidebarClaimsTheSandboxAndStopsWithItsKeyFromAnotherPane() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var users = ((Workbench) app.navigator()).sandboxUsers();
            assertThat(FxRead.get(() -> robot.lookup("#emulator-stop").queryAs(Button.class).getTooltip().getText()))
                    .contains(EmulatorPane.STOP_KEY.getDisplayText());

            choose(robot, "#emulator-sink", "REST proxy (API Gateway)");
            robot.clickOn("#emulator-rest-url").write("https://abc123.execute-api.us-east-1.amazonaws.com/prod");
            assertThat(text(robot, "#status-connection"))
                    .isEqualTo("Emulator → REST proxy · https://abc123.execute-api.us-east-1.amazonaws.com/prod");
            choose(robot, "#emulator-sink", "Kafka cluster");
            assertThat(text(robot, "#status-connection")).as("the sandbox, named by the status bar itself")
                    .startsWith("Local sandbox");

            robot.clickOn("#emulator-partitions").write("0");
            assertThat(text(robot, "#emulator-partitions-problem")).startsWith("Partitions: a whole number from 1");
            assertThat(FxRead.disabled(robot, "#emulator-start")).isTrue();
            robot.push(KeyCode.BACK_SPACE);
            assertThat(FxRead.disabled(robot, "#emulator-start")).isFalse();

            choose(robot, "#emulator-pace", "Fixed rate");
            robot.clickOn("#emulator-rate").push(KeyCode.CONTROL, KeyCode.A).write("40");
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Running"));
            assertThat(activityShown(robot)).isTrue();
            assertThat(text(robot, "#nav-emulator-activity")).isEqualTo("Running");
            assertThat(FxRead.get(users::now)).containsExactly("The emulator is streaming into it");

            robot.clickOn("#nav-topics");
            assertThat(robot.lookup("#emulator-state").tryQuery()).as("another pane shows").isEmpty();
            assertThat(activityShown(robot)).as("the run is marked from the Topics pane").isTrue();
            robot.push(KeyCode.CONTROL, KeyCode.PERIOD);

            await().atMost(Duration.ofSeconds(30)).until(() -> !activityShown(robot));
            assertThat(FxRead.get(users::any)).as("the sandbox is released").isFalse();
            robot.clickOn("#nav-emulator");
            assertThat(text(robot, "#emulator-state")).isEqualTo("Finished");
        }
    }

    private static boolean activityShown(FxRobot robot) {
        return FxRead.get(() -> robot.lookup("#nav-emulator-activity").query().isVisible());
    }

}
