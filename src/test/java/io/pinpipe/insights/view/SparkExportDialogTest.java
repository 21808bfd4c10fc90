package io.pinpipe.insights.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.insights.InsightsListener;
import io.pinpipe.insights.PipelineTopics;
import io.pinpipe.insights.StartAt;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import io.pinpipe.workbench.Navigator;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Export for Spark…" from the Insights pane, driven like a person: S3 and a Databricks notebook into a temporary
 * folder, then a folder that cannot be written (said in the dialog, which stays open); pictures of the dialog in
 * target/screenshots/spark-export-*.png.
 */
class SparkExportDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final FxRobot robot = new FxRobot();
    private final InsightsSource source = new InsightsSource() {
        @Override
        public List<String> prefixes(Connection connection) {
            return List.of("demo");
        }

        @Override
        public Reading start(Connection connection, PipelineTopics topics, StartAt from, InsightsListener heard) {
            throw new AssertionError("an export needs no run");
        }
    };

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheDialog() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane)
                .map(window -> (DialogPane) window.getScene().getRoot()).toList()
                .forEach(pane -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CLOSE)).fire()));
        background.shutdownNow();
    }

    @Test
    void aDatabricksNotebookOverTheS3SinksFilesIsWrittenWhereTyped() throws Exception {
        pane(Theme.LIGHT);
        assertThat(FxRead.disabled(robot, "#insights-export")).as("connection and prefix chosen, no run").isFalse();
        robot.clickOn("#insights-export");
        await().atMost(WAIT).until(() -> robot.lookup("#spark-export-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(FxRead.text(robot, "#spark-export-kafka-settings")).contains("bootstrap.servers = localhost:1");
        assertThat(problems("kafka, light")).isEmpty();
        Screenshots.save(dialogScene(), "spark-export-kafka-1280x800-light");

        robot.clickOn("#spark-export-s3");
        robot.clickOn("#spark-export-databricks");
        robot.clickOn("#spark-export-bucket").write("pin-bucket");
        assertThat(FxRead.text(robot, "#spark-export-s3-path")).contains("s3a://pin-bucket/topics/demo.pin/...");
        var file = folder.resolve("notebook.py");
        typeFile(file.toString());
        robot.clickOn("#spark-export-run");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#spark-export-outcome").isEmpty());

        assertThat(file).exists();
        var text = Files.readString(file);
        assertThat(text).startsWith("# Databricks notebook source").contains("s3a://pin-bucket/topics/demo.pin");
        assertThat(FxRead.description(robot, "#spark-export-outcome"))
                .isEqualTo("Wrote " + file + " (" + text.lines().count() + " lines)");
        assertThat(FxRead.disabled(robot, "#spark-export-copy")).isFalse();
        assertThat(problems("done, light", "#spark-export-outcome", "#spark-export-copy")).isEmpty();
        Screenshots.save(dialogScene(), "spark-export-s3-done-1280x800-light");
        themed(Theme.DARK);
        assertThat(problems("done, dark", "#spark-export-outcome")).isEmpty();
        Screenshots.save(dialogScene(), "spark-export-s3-done-1280x800-dark");
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidAndTheDialogStaysOpen() throws Exception {
        pane(Theme.DARK);
        robot.clickOn("#insights-export");
        await().atMost(WAIT).until(() -> robot.lookup("#spark-export-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        var notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");
        typeFile(notAFolder.resolve("out.py").toString());
        robot.clickOn("#spark-export-run");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#spark-export-failure").isEmpty());

        assertThat(FxRead.description(robot, "#spark-export-failure")).contains("the folder " + notAFolder + " cannot be written");
        assertThat(robot.lookup("#spark-export-dialog").tryQuery()).as("still open").isPresent();
        assertThat(FxRead.get(() -> robot.lookup("#spark-export-file").queryAs(javafx.scene.control.TextField.class).getText()))
                .as("nothing typed is lost").isEqualTo(notAFolder.resolve("out.py").toString());
        assertThat(problems("failed, dark", "#spark-export-failure")).isEmpty();
        Screenshots.save(dialogScene(), "spark-export-failed-1280x800-dark");
    }

    private Scene pane(Theme theme) throws Exception {
        var async = new Async(background, Platform::runLater, new BackgroundWork());
        var model = FxToolkit.setupFixture(() -> new InsightsViewModel(new ConnectionList(
                new ConnectionCatalog(() -> Optional.of("localhost:1"), () -> 1), async, "none"), async, source,
                Optional::empty));
        var scene = FxToolkit.setupFixture(() -> {
            var stage = FxToolkit.toolkitContext().getRegisteredStage();
            var made = new Scene(new StackPane(new InsightsView("Insights", "answers", model)), 1280, 800);
            stage.setScene(made);
            stage.setWidth(1280);
            stage.setHeight(800);
            ThemeApplier.apply(theme, made);
            stage.show();
            model.openTarget(Navigator.Target.connection(Connection.localSandbox("localhost:1")).prefix("demo"), false);
            return made;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        return scene;
    }

    private void typeFile(String path) {
        robot.clickOn("#spark-export-file").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.interact(() -> robot.lookup("#spark-export-file").queryAs(javafx.scene.control.TextField.class).setText(path));
    }

    private void themed(Theme theme) throws Exception {
        FxToolkit.setupFixture(() -> ThemeApplier.apply(theme, dialogScene()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private List<String> problems(String where, String... mustShow) {
        var all = new java.util.ArrayList<>(DialogOnScreen.problems(robot, "#spark-export-dialog", mustShow));
        all.addAll(FxRead.get(() -> LayoutCheck.problems(dialogScene(), "spark export dialog, " + where)));
        return all;
    }

    private Scene dialogScene() {
        return FxRead.get(() -> robot.lookup("#spark-export-dialog").query().getScene());
    }
}
