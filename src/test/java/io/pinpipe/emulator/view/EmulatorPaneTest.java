package io.pinpipe.emulator.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxProbe;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Emulator pane driven like a person: a newcomer presses Start on the sandbox and watches rows go by. */
@Tag("slow")
class EmulatorPaneTest {

    private static final Logger log = LoggerFactory.getLogger(EmulatorPaneTest.class);

    @TempDir
    Path home;

    @BeforeEach
    void openOnTheEmulatorWithTheSandboxStopped() throws Exception {
        // Only the port the sandbox tries first: it takes another when that one is busy, so the test reads it back.
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(PortRetry.candidate()).withLastPane("emulator").withStartSandboxOnOpen(false));
        }
    }

    @AfterEach
    void leaveNoBrokerBehind() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void startOnTheSandboxFillsTheThreeTablesAndStopSettlesTheCounts() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            assertThat(text(robot, "#emulator-state")).isEqualTo("Ready");
            choose(robot, "#emulator-pace", "Fixed rate");
            robot.clickOn("#emulator-rate").push(KeyCode.CONTROL, KeyCode.A).write("40");
            robot.clickOn("#emulator-prefix").push(KeyCode.CONTROL, KeyCode.A).write("absent");
            robot.clickOn("#emulator-create-topics");
            robot.clickOn("#emulator-start");

            await().atMost(Duration.ofSeconds(90)).until(() -> !FxRead.description(robot, "#emulator-error").isEmpty());
            assertThat(FxRead.description(robot, "#emulator-error"))
                    .startsWith("Topics absent.pin, absent.geo, absent.user not found at Local sandbox");
            assertThat(FxRead.get(() -> robot.lookup("#emulator-error").query().getLayoutBounds().getHeight()))
                    .as("the error is a few lines, not the whole pane").isLessThan(150);
            assertThat(text(robot, "#emulator-state")).isEqualTo("Ready");
            Screenshots.save(app.scene(), "emulator-topics-missing");

            robot.clickOn("#emulator-create-topics");
            robot.clickOn("#emulator-prefix").push(KeyCode.CONTROL, KeyCode.A).write("gui");
            robot.clickOn("#emulator-start");

            await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Running"));
            await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot, "pin") >= 10 && rows(robot, "geo") >= 10
                    && rows(robot, "user") >= 10 && count(robot, "#emulator-acked") >= 30);
            var earlier = count(robot, "#emulator-events");
            await().atMost(Duration.ofSeconds(10)).until(() -> count(robot, "#emulator-events") > earlier);
            assertThat(text(robot, "#status-connection")).contains("running");
            Screenshots.save(app.scene(), "emulator-running");

            robot.clickOn("#emulator-stop");

            await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#emulator-state").equals("Finished"));
            var events = count(robot, "#emulator-events");
            var sampled = 3 * events;
            assertThat(count(robot, "#emulator-sampled")).as("three records an event").isEqualTo(sampled);
            assertThat(count(robot, "#emulator-sent")).isEqualTo(sampled);
            assertThat(count(robot, "#emulator-acked")).isEqualTo(sampled);
            assertThat(count(robot, "#emulator-missing")).isZero();
            assertThat(count(robot, "#emulator-failed")).isZero();
            assertThat(count(robot, "#emulator-in-flight")).isZero();
            assertThat(text(robot, "#emulator-message")).contains("records acknowledged, 0 failed");
            assertThat(recordsIn(new SandboxBroker(app.paths()).bootstrap().orElseThrow(), List.of("gui.pin", "gui.geo", "gui.user")))
                    .as("every acknowledged record is in Kafka").isEqualTo(sampled);
            assertThat(rows(robot, "pin")).isLessThanOrEqualTo(EmulatorViewModel.ROWS_SHOWN);
        }
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            assertThat(FxRead.text(robot, "#emulator-prefix"))
                    .as("the last run's settings come back").isEqualTo("gui");
            assertThat(FxRead.text(robot, "#emulator-rate")).isEqualTo("40");
        }
    }

    @Test
    void atMaximumPaceTheWindowStaysResponsiveAndTheTablesStayCapped() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            choose(robot, "#emulator-pace", "As fast as the sink takes");
            robot.clickOn("#emulator-start");
            await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Running"));

            var probe = new FxProbe();
            probe.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> count(robot, "#emulator-events") >= 10_000);
            probe.stop();
            log.info("Emulator pane at max pace: {} events; longest wait of the FX thread {} ms",
                    count(robot, "#emulator-events"), probe.longest().toMillis());
            assertThat(probe.longest()).as("the window never froze").isLessThan(Duration.ofSeconds(2));
            assertThat(rows(robot, "user")).isEqualTo(EmulatorViewModel.ROWS_SHOWN);
            robot.clickOn("#theme-switch");
            Screenshots.save(app.scene(), "emulator-max-pace-dark");

            robot.clickOn("#emulator-stop");
            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#emulator-state").equals("Finished"));
            assertThat(count(robot, "#emulator-acked")).isEqualTo(3 * count(robot, "#emulator-events"));
        }
    }

    static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                item.equals(cell.getText())).queryAs(javafx.scene.control.ListCell.class));
    }

    static String text(FxRobot robot, String query) {
        return FxRead.text(robot, query);
    }

    /** The exact count, as the tile's tooltip says it (the tile abbreviates above a million). */
    static long count(FxRobot robot, String query) {
        var exact = FxRead.get(() -> robot.lookup(query).queryAs(javafx.scene.control.Label.class).getTooltip().getText());
        return Long.parseLong(exact.split(" ")[0].replace(",", ""));
    }

    static int rows(FxRobot robot, String suffix) {
        return FxRead.rows(robot, "#emulator-table-" + suffix).size();
    }

    /** The records the topics hold: the sum of their end offsets (the topics were created empty for this run). */
    static long recordsIn(String bootstrap, List<String> topics) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
