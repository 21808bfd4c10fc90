package io.pinpipe.insights.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Insights pane driven like a person giving a demo: the emulator streams into the sandbox, "Open Insights" lands
 * here reading its prefix, the answers move while it runs, Stop holds them, the chart of question 1 and its table say
 * the same, Reset clears; and a prefix with no topics is said next to the field.
 */
@Tag("slow")
class InsightsPaneTest {

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
    void openInsightsFromTheEmulatorShowsAnswersThatMoveWhileItRuns() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            choose(robot, "#emulator-pace", "Fixed rate");
            robot.clickOn("#emulator-rate").push(KeyCode.CONTROL, KeyCode.A).write("40");
            robot.clickOn("#emulator-prefix").push(KeyCode.CONTROL, KeyCode.A).write("insights");
            assertThat(FxRead.disabled(robot, "#emulator-open-insights")).as("nothing runs yet").isTrue();
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(120)).until(() -> FxRead.text(robot, "#emulator-state").equals("Running"));

            robot.clickOn("#emulator-open-insights");

            assertThat(robot.lookup("#pane-insights").tryQuery()).isPresent();
            assertThat(prefix(robot)).isEqualTo("insights");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#insights-state").equals("Live"));
            assertThat(FxRead.text(robot, "#nav-insights-activity")).isEqualTo("Live");
            await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#insights-answer").contains("("));
            var read = FxRead.text(robot, "#insights-read");
            var answer = FxRead.text(robot, "#insights-answer");
            assertThat(read).startsWith("Read ").contains(" posts · ").contains(" geolocations · ").endsWith(" users");
            await().atMost(Duration.ofSeconds(60)).until(() -> !FxRead.text(robot, "#insights-read").equals(read)
                    && !FxRead.text(robot, "#insights-answer").equals(answer));
            assertThat(FxRead.text(robot, "#insights-joined")).matches("Joined [0-9,]+");
            Screenshots.save(app.scene(), "insights-live");

            robot.clickOn("#insights-stop");
            await().atMost(Duration.ofSeconds(10)).until(() -> FxRead.text(robot, "#insights-state").equals("Stopped"));
            var stopped = FxRead.text(robot, "#insights-read");
            // The emulator goes on: once it sent 80 more messages (2 s at 40 a second, which a running reader would
            // have read and shown), nothing may have moved here.
            robot.clickOn("#nav-emulator");
            long sent = sent(robot);
            await().atMost(Duration.ofSeconds(60)).until(() -> sent(robot) >= sent + 80);
            robot.clickOn("#nav-insights");
            assertThat(FxRead.text(robot, "#insights-read")).as("Stop stops").isEqualTo(stopped);

            var bars = bars(robot);
            robot.clickOn("#insights-table-toggle");
            List<List<Object>> rows = FxRead.rows(robot, "#insights-table");
            var table = new TreeMap<String, Double>();
            rows.forEach(row -> table.put(row.get(0) == null ? "–" : (String) row.get(0), ((Number) row.get(2)).doubleValue()));
            assertThat(bars).as("question 1's bars and its table's rows").isNotEmpty().isEqualTo(table);
            robot.clickOn("#insights-table-toggle");

            robot.clickOn("#insights-reset");
            assertThat(robot.lookup("#insights-empty").tryQuery()).isPresent();
            assertThat(FxRead.text(robot, "#insights-empty")).isEqualTo("Start to read insights.pin, .geo and .user");

            robot.clickOn("#insights-prefix").push(KeyCode.CONTROL, KeyCode.A).write("nothing-here");
            robot.clickOn("#insights-start");
            await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.text(robot, "#insights-prefix-note").isEmpty());
            assertThat(FxRead.text(robot, "#insights-prefix-note")).contains("nothing-here");
            assertThat(FxRead.text(robot, "#insights-state")).isEqualTo("Stopped");
            Screenshots.save(app.scene(), "insights-no-topics");

            robot.clickOn("#nav-emulator").clickOn("#emulator-stop");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#emulator-state").equals("Finished"));
        }
    }

    /** Question 1's bars: each country and the length of its bar. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> bars(FxRobot robot) {
        return FxRead.get(() -> {
            var chart = robot.lookup("#insights-chart").queryAs(BarChart.class);
            var found = new TreeMap<String, Double>();
            for (var bar : ((XYChart.Series<Number, String>) chart.getData().get(0)).getData()) {
                found.put(bar.getYValue(), bar.getXValue().doubleValue());
            }
            return found;
        });
    }

    /** The emulator's exact count of messages sent (its tile's tooltip). */
    private static long sent(FxRobot robot) {
        var exact = FxRead.get(() -> robot.lookup("#emulator-sent").queryAs(javafx.scene.control.Label.class)
                .getTooltip().getText());
        return Long.parseLong(exact.split(" ")[0].replace(",", ""));
    }

    private static String prefix(FxRobot robot) {
        return FxRead.get(() -> robot.lookup("#insights-prefix").queryAs(ComboBox.class).getEditor().getText());
    }

    private static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> item.equals(cell.getText()))
                .queryAs(ListCell.class));
    }
}
