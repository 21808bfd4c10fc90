package io.pinpipe.emulator.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.pinpipe.emulator.view.EmulatorPaneTest.choose;
import static io.pinpipe.emulator.view.EmulatorPaneTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** D2: from the app's smallest window up, a running Emulator keeps Stop, every counter, the chart and the divider usable. */
@Tag("slow")
class EmulatorSmallWindowTest {

    private static final List<String> COUNTERS = List.of("#emulator-events", "#emulator-events-per-second",
            "#emulator-elapsed", "#emulator-sampled", "#emulator-sent", "#emulator-in-flight", "#emulator-acked",
            "#emulator-failed", "#emulator-missing");

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
    void atTheMinimumAndAt1024x700ARunKeepsStopCountersChartAndDividerUsable() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            choose(robot, "#emulator-pace", "Fixed rate");
            robot.clickOn("#emulator-rate").push(KeyCode.CONTROL, KeyCode.A).write("40");
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Running"));
            await().atMost(Duration.ofSeconds(30)).until(() -> !text(robot, "#emulator-acked").equals("0"));

            for (var size : List.of(new double[] {900, 600}, new double[] {1024, 700})) {
                var name = (int) size[0] + "x" + (int) size[1];
                robot.interact(() -> {
                    app.stage().setWidth(size[0]);
                    app.stage().setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(app.scene(), "emulator-running-" + name);

                assertInsideWindow(robot, "#emulator-stop", name);
                assertThat(shown(robot, "#emulator-stop")).as("Stop's text at " + name).isEqualTo(List.of("Stop", "Stop"));
                for (var counter : COUNTERS) {
                    var shown = shown(robot, counter);
                    assertThat(shown.get(0)).as(counter + " at " + name).isEqualTo(shown.get(1));
                }
                assertInsideWindow(robot, "#emulator-chart", name);
                assertDividerMoves(robot, name);
            }
            for (var theme : List.of("light", "dark")) {
                for (var size : List.of(new double[] {900, 600}, new double[] {1280, 800})) {
                    robot.interact(() -> {
                        app.stage().setWidth(size[0]);
                        app.stage().setHeight(size[1]);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    Screenshots.save(app.scene(), "emulator-running-" + (int) size[0] + "x" + (int) size[1] + "-" + theme);
                }
                robot.clickOn("#theme-switch");
            }
            robot.clickOn("#emulator-stop");
            await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#emulator-state").equals("Finished"));
        }
    }

    /** The text the label draws (its own text cut with "..." when it has no room for it), and its own text. */
    static List<String> shown(FxRobot robot, String query) {
        return FxRead.get(() -> {
            var labeled = robot.lookup(query).queryAs(Labeled.class);
            // Laid out first: a count may have changed since the last pulse.
            labeled.getScene().getRoot().applyCss();
            labeled.getScene().getRoot().layout();
            var drawn = labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                    .findFirst().orElse("");
            return List.of(drawn, labeled.getText());
        });
    }

    private static void assertInsideWindow(FxRobot robot, String query, String size) {
        var bounds = FxRead.get(() -> {
            Node node = robot.lookup(query).query();
            return new Bounds[] {node.localToScene(node.getLayoutBounds()),
                    new javafx.geometry.BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight())};
        });
        assertThat(bounds[0].getWidth()).as(query + " has a width at " + size).isGreaterThan(10);
        assertThat(bounds[1].contains(bounds[0])).as(query + " " + bounds[0] + " inside the window " + bounds[1] + " at " + size)
                .isTrue();
    }

    private static void assertDividerMoves(FxRobot robot, String size) {
        var before = FxRead.get(() -> split(robot).getDividerPositions()[0]);
        var divider = robot.lookup(".emulator-split > .split-pane-divider").query();
        robot.drag(divider).moveBy(-40, 0).drop();
        var after = FxRead.get(() -> split(robot).getDividerPositions()[0]);
        assertThat(after).as("the divider moved left when dragged at " + size).isLessThan(before - 0.01);
        robot.drag(divider).moveBy(40, 0).drop();
        assertThat(FxRead.get(() -> split(robot).getDividerPositions()[0])).as("and back at " + size).isGreaterThan(after + 0.01);
    }

    private static SplitPane split(FxRobot robot) {
        return robot.lookup(".emulator-split").queryAs(SplitPane.class);
    }
}
