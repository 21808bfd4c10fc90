package io.pinpipe.emulator.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import javafx.scene.chart.LineChart;
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

/** D10: nothing of an earlier run or an earlier source is left on the pane when the next one begins. */
@Tag("slow")
class EmulatorFreshRunTest {

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
    void aDatabaseErrorGoesWithItsSourceAndASecondRunStartsWithAnEmptyChartAndZeroCounts() throws Exception {
        try (var app = RunningApp.start(home); var closed = ClosedPort.open()) {
            var robot = app.robot();
            choose(robot, "#emulator-source", "MySQL or MariaDB (RDS)");
            robot.clickOn("#emulator-jdbc-url").push(KeyCode.CONTROL, KeyCode.A)
                    .write("jdbc:mysql://" + closed.address() + "/pinterest_data");
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> errorShown(robot));
            assertThat(FxRead.description(robot, "#emulator-error")).contains(closed.address());

            choose(robot, "#emulator-source", "Sandbox sample database");
            assertThat(errorShown(robot)).as("the error about the database is gone with it").isFalse();

            choose(robot, "#emulator-pace", "Fixed rate");
            robot.clickOn("#emulator-rate").push(KeyCode.CONTROL, KeyCode.A).write("40");
            choose(robot, "#emulator-limit", "A number of events");
            // Ten events at 40 a second: a run of a quarter of a second still shows its point and its time.
            robot.clickOn("#emulator-count").push(KeyCode.CONTROL, KeyCode.A).write("10");
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Finished"));
            assertThat(points(robot)).as("the first run drew its throughput").isPositive();
            io.pinpipe.testing.Screenshots.save(app.scene(), "emulator-short-run");
            assertThat(EmulatorPaneTest.count(robot, "#emulator-events")).isEqualTo(10);
            assertThat(text(robot, "#emulator-elapsed")).matches("\\d+\\.\\d s").isNotEqualTo("0.0 s");

            robot.clickOn("#emulator-start");

            assertThat(points(robot)).as("the second run starts with an empty chart").isZero();
            assertThat(drawn(robot)).as("and no line of the first run is drawn").isZero();
            assertThat(EmulatorPaneTest.count(robot, "#emulator-events")).isZero();
            assertThat(EmulatorPaneTest.count(robot, "#emulator-acked")).isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#emulator-state").equals("Finished"));
            assertThat(EmulatorPaneTest.count(robot, "#emulator-events")).isEqualTo(10);
        }
    }

    private static boolean errorShown(FxRobot robot) {
        return FxRead.get(() -> {
            var error = robot.lookup("#emulator-error").queryAs(io.pinpipe.ui.Banner.class);
            return error.getParent().isVisible() && error.getDescription() != null && !error.getDescription().isEmpty();
        });
    }

    /** The path elements of both lines as drawn, after a layout. */
    private static int drawn(FxRobot robot) {
        return FxRead.get(() -> {
            var chart = robot.lookup("#emulator-chart").queryAs(LineChart.class);
            chart.getScene().getRoot().applyCss();
            chart.getScene().getRoot().layout();
            return chart.getData().stream().mapToInt(series -> ((javafx.scene.shape.Path)
                    ((javafx.scene.chart.XYChart.Series<?, ?>) series).getNode()).getElements().size()).sum();
        });
    }

    /** The points the chart draws, of both lines. */
    private static int points(FxRobot robot) {
        return FxRead.get(() -> robot.lookup("#emulator-chart").queryAs(LineChart.class).getData().stream()
                .mapToInt(series -> ((javafx.scene.chart.XYChart.Series<?, ?>) series).getData().size()).sum());
    }
}
