package io.pinpipe.app;

import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pictures in the README: every pane of the navigation at work, on a home whose sandbox is running. The
 * Emulator pane streams into the sandbox (Start pressed in the pane), Topics peeks at what it wrote, Clusters
 * lists a fake MSK account ({@link TourClusters}), Consumers shows the pipeline's readers ({@link TourReaders}); last, the Emulator pane again in the dark theme. Runs only from {@code docs/screenshots/make-screenshots.sh},
 * which prepares that home and passes {@code -Dpinpipe.tour.home} and {@code -Dpinpipe.tour.out}.
 */
@EnabledIfSystemProperty(named = "pinpipe.tour.out", matches = ".+")
class ScreenshotTour {

    static final String PREFIX = "0a1b2c3d4e5f";
    /** About eight seconds of the run at 50 events a second, so the counters and the chart have something to show. */
    static final long EVENTS_SHOWN = 400;
    private static TourReaders readers;

    @Test
    void everyPaneAtWork() throws Exception {
        var out = Path.of(System.getProperty("pinpipe.tour.out"));
        var home = Path.of(System.getProperty("pinpipe.tour.home"));
        System.setProperty("pinpipe.screenshots", out.toString());
        try (var clusters = TourClusters.start(home); var app = RunningApp.start(home)) {
            FxToolkit.setupFixture(() -> {
                app.stage().setWidth(1280);
                app.stage().setHeight(800);
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> app.context().sandbox().bootstrap().isPresent());
            var robot = app.robot();
            // The emulator goes first: the other panes then show what it writes.
            for (var pane : order()) {
                robot.clickOn("#nav-" + pane);
                switch (pane) {
                    case "emulator" -> runTheEmulator(robot);
                    case "topics" -> peekAtPins(robot);
                    case "clusters" -> selectThePipelineCluster(robot);
                    case "consumers" -> readersAtWork(app, robot);
                    case "messages" -> searchPins(robot);
                    default -> settle(app);
                }
                save(app, pane);
            }
            // The dark picture a few seconds after the switch, the run still going.
            robot.clickOn("#nav-emulator").clickOn("#theme-switch");
            var before = count(robot, "#emulator-events");
            await().atMost(Duration.ofSeconds(30)).until(() -> count(robot, "#emulator-events") >= before + 150);
            save(app, "emulator-dark");
            robot.clickOn("#emulator-stop");
            await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#emulator-state").equals("Finished"));
            assertThat(count(robot, "#emulator-failed")).as("no record failed").isZero();
            assertThat(clusters.signatureProblems()).as("the app signed with the test keys").isEmpty();
        } finally {
            if (readers != null) {
                readers.close();
            }
        }
    }

    private static List<String> order() {
        var panes = new ArrayList<>(List.of("emulator"));
        for (var pane : io.pinpipe.app.PinpipeApp.standardPanes()) {
            if (!panes.contains(pane.info().key())) {
                panes.add(pane.info().key());
            }
        }
        return panes;
    }

    /** Fixed rate, 50 a second, the pipeline's prefix, Start; until about eight seconds of rows have gone by. */
    private static void runTheEmulator(FxRobot robot) {
        await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#emulator-state").equals("Ready"));
        choose(robot, "#emulator-pace", "Fixed rate");
        // The "Events / s" tile has the same id as the field.
        var rate = robot.lookup("#emulator-rate").queryAs(TextField.class);
        robot.clickOn(rate).push(KeyCode.CONTROL, KeyCode.A).write("50");
        robot.clickOn("#emulator-prefix").push(KeyCode.CONTROL, KeyCode.A).write(PREFIX);
        assertThat(rate.getText()).isEqualTo("50");
        assertThat(robot.lookup("#emulator-prefix").queryAs(TextField.class).getText()).isEqualTo(PREFIX);

        robot.clickOn("#emulator-start");

        await().atMost(Duration.ofSeconds(90)).until(() -> text(robot, "#emulator-state").equals("Running"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(robot, "#emulator-events") >= EVENTS_SHOWN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The pipeline topics listed, the posts topic selected and its newest messages read. */
    private static void peekAtPins(FxRobot robot) {
        var topic = PREFIX + ".pin";
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot, "#topics-table") >= 3);
        clickCell(robot, "#topics-table", topic);
        await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#topic-detail-name").equals(topic));
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Messages")).queryLabeled());
        robot.clickOn("#peek-run");
        await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#peek-status"),
                status -> !status.isEmpty() && !status.startsWith("Reading"));
        assertThat(rows(robot, "#peek-table")).as("messages peeked").isPositive();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The posts topic searched with an expression from its oldest message, the first match shown in full. */
    private static void searchPins(FxRobot robot) {
        var topic = PREFIX + ".pin";
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#messages-topic").queryAs(ComboBox.class)
                .getItems().contains(topic));
        robot.interact(() -> robot.lookup("#messages-topic").queryAs(ComboBox.class).setValue(topic));
        choose(robot, "#messages-start-kind", "Oldest");
        robot.clickOn("#messages-expression").write("category in (\"art\", \"travel\") and downloaded = 1");
        robot.clickOn("#messages-run");
        await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#messages-status"),
                status -> status.contains("match"));
        robot.interact(() -> robot.lookup("#messages-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A stream job keeping up with the emulator and an S3 sink that stopped half-way: the groups listed, the sink's
     * group selected with its partitions' lag.
     */
    private static void readersAtWork(RunningApp app, FxRobot robot) {
        var bootstrap = app.context().sandbox().bootstrap().orElseThrow();
        readers = TourReaders.start(bootstrap, PREFIX);
        robot.clickOn("#consumers-refresh");
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot, "#consumers-table") >= 2
                && !robot.lookup("#consumers-stop").query().isVisible());
        // Rows are replaced once the lag in time arrives; a click that landed on the old row is made again.
        await().pollInterval(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> {
            if (!robot.lookup("#group-detail-name").tryQuery().map(n -> text(robot, "#group-detail-name"))
                    .orElse("").equals(TourReaders.SINK)) {
                clickCell(robot, "#consumers-table", TourReaders.SINK);
                return false;
            }
            return true;
        });
        settle(app);
    }

    /** The fake account's clusters listed, the pipeline's cluster selected with its bootstrap strings. */
    private static void selectThePipelineCluster(FxRobot robot) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot, "#clusters-table") >= 6);
        clickCell(robot, "#clusters-table", TourClusters.PIPELINE);
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#bootstrap-iam-private").tryQuery().isPresent()
                && !robot.lookup("#bootstrap-iam-private").queryAs(TextField.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Loads and refreshes started by showing the pane have finished, and their results are drawn. */
    private static void settle(RunningApp app) {
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(60))
                .until(() -> !app.context().async().backgroundWork().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void save(RunningApp app, String name) throws Exception {
        var file = Screenshots.save(app.scene(), name);
        assertThat(Files.size(file)).as(file + " holds a picture").isGreaterThan(10_000);
    }

    /** Clicks the row showing {@code text}, once the table has drawn it (a TestFX query is read when made). */
    private static void clickCell(FxRobot robot, String table, String text) {
        Supplier<NodeQuery> cell = () -> robot.lookup(table + " .table-cell").match(LabeledMatchers.hasText(text));
        await().atMost(Duration.ofSeconds(10)).until(() -> cell.get().tryQuery().isPresent());
        robot.clickOn(cell.get().queryLabeled());
    }

    private static void choose(FxRobot robot, String comboBox, String item) {
        robot.clickOn(comboBox);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> item.equals(cell.getText()))
                .queryAs(ListCell.class));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The exact count, from the tile's tooltip (the tile abbreviates above a million). */
    private static long count(FxRobot robot, String query) {
        return Long.parseLong(robot.lookup(query).queryAs(Label.class).getTooltip().getText().split(" ")[0].replace(",", ""));
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems().size();
    }
}
