package io.pinpipe.app;

import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Window;
import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.PortRetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every pane and every dialog, in the light and the dark theme, at the app's minimum 900x600, at 1024x700 and at
 * 1280x800, in its main states: nothing started (empty), the sandbox up with topics (loaded), a broker that refuses
 * (error), and the emulator streaming (running). Each time, every button and field lies inside the window (or the
 * dialog, itself on the screen), no button is cut to "…" or a sliver, and no number is cut to an ellipsis. The
 * pictures go to target/screenshots/fit-*.png for a person to look at.
 */
@Tag("slow")
class EverySizeTest {

    private static final List<int[]> SIZES = List.of(new int[]{900, 600}, new int[]{1024, 700}, new int[]{1280, 800});
    private static final String PREFIX = "fit";

    @TempDir
    Path home;

    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void leaveNoBrokerBehind() throws Exception {
        new SandboxBroker(AppPaths.under(home)).stop();
        var folder = Path.of(System.getProperty("pinpipe.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve("fit-problems.txt"), problems);
    }
    private boolean dark;

    @Test
    void everyPaneAndDialogFitsAtEverySizeInBothThemes() throws Exception {
        try (var clusters = TourClusters.start(home); var refused = ClosedPort.open()) {
            // Nothing started by itself (the test starts the sandbox when it wants it), on a port only tried first.
            try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
                settings.update(s -> s.withStartSandboxOnOpen(false).withSandboxPort(PortRetry.candidate()));
            }
            try (var app = RunningApp.start(home)) {
                tour(app, refused.address());
            }
        }
        assertThat(problems).as("what a person would see cut off or outside the window").isEmpty();
    }

    private void tour(RunningApp app, String refused) throws Exception {
        var robot = app.robot();
        everyPane(app, "empty");

        robot.clickOn("#nav-sandbox");
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#broker-state").equals("Stopped"));
        robot.clickOn("#broker-start");
        await().atMost(Duration.ofSeconds(90)).until(() -> FxRead.text(robot, "#broker-state").equals("Running"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.text(robot, "#database-state").startsWith("Checking"));
        if (FxRead.text(robot, "#database-state").equals("Not created yet")) {
            robot.clickOn("#database-create");
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> FxRead.text(robot, "#database-state").equals("Ready"));
        pipelineTopics(robot);
        aGroupWithOffsets(app);
        selectTheFirstCluster(robot);
        everyPane(app, "loaded");
        everyDialog(app);

        startTheEmulator(robot);
        everyPane(app, "running");
        messagesFound(robot);
        at(app, "results", "messages");
        dialog(app, "produce", () -> press(robot, "#messages-produce"));
        dialog(app, "send-again", () -> press(robot, "#messages-send-again"));
        dialog(app, "export", () -> press(robot, "#messages-export"));
        robot.clickOn("#nav-insights");
        await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.disabled(robot, "#insights-export"));
        dialog(app, "spark-export", () -> press(robot, "#insights-export"));
        robot.clickOn("#nav-emulator").clickOn("#emulator-stop");
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#emulator-state").equals("Finished"));

        refusingConnection(robot, refused);
        at(app, "error", "topics");
        connectionDialogs(app);
        refusingConsumers(robot);
        at(app, "error", "consumers");
    }

    /** Each pane in turn, at every size and in both themes. */
    private void everyPane(RunningApp app, String state) throws Exception {
        for (var pane : PinpipeApp.standardPanes()) {
            at(app, state, pane.info().key());
        }
    }

    private void at(RunningApp app, String state, String pane) throws Exception {
        app.robot().clickOn("#nav-" + pane);
        everySizeAndTheme(app, size -> {
            var name = "fit-%s-%s-%s".formatted(state, pane, size);
            problems.addAll(LayoutCheck.problems(app.scene(), name));
            save(app.scene(), name);
        });
    }

    /** Runs {@code check} at every size, light then dark, with the size and theme as one word ("900x600-dark"). */
    private void everySizeAndTheme(RunningApp app, Consumer<String> check) throws Exception {
        for (var size : SIZES) {
            FxToolkit.setupFixture(() -> {
                app.stage().setWidth(size[0]);
                app.stage().setHeight(size[1]);
            });
            for (var theme = 0; theme < 2; theme++) {
                WaitForAsyncUtils.waitForFxEvents(5);
                check.accept(size[0] + "x" + size[1] + (dark ? "-dark" : "-light"));
                app.robot().clickOn("#theme-switch");
                dark = !dark;
            }
        }
    }

    /** Every dialog of every pane, opened in the state that matters most (a message showing where one can). */
    private void everyDialog(RunningApp app) throws Exception {
        var robot = app.robot();
        robot.clickOn("#nav-topics");
        selectTopic(robot, PREFIX + ".pin");
        dialog(app, "create-topic", () -> {
            press(robot, "#topics-create");
            robot.clickOn("#create-name").write(PREFIX + ".extra");
            robot.clickOn("#create-validate");
            await().atMost(Duration.ofSeconds(20)).until(() -> dialogShowing().isPresent());
        });
        dialog(app, "pipeline-topics", () -> press(robot, "#topics-pipeline"));
        dialog(app, "new-connection", () -> {
            press(robot, "#topics-new-connection");
            robot.clickOn("#connection-bootstrap").write("localhost:notaport");
        });
        dialog(app, "add-partitions", () -> {
            press(robot, "#topic-add-partitions");
            robot.clickOn("#add-partitions-total").push(KeyCode.CONTROL, KeyCode.A).write("1");
        });
        dialog(app, "edit-config", () -> {
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Configuration")).queryLabeled());
            FxRead.get(() -> {
                var table = robot.lookup("#configs-table").queryAs(javafx.scene.control.TableView.class);
                var items = table.getItems();
                for (var i = 0; i < items.size(); i++) {
                    if (((io.pinpipe.topics.TopicConfigValue) items.get(i)).name().equals("retention.ms")) {
                        table.scrollTo(i);
                    }
                }
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(3);
            robot.doubleClickOn(robot.lookup("#configs-table .table-cell").match(LabeledMatchers.hasText("retention.ms"))
                    .queryLabeled());
            robot.clickOn("#edit-config-value").push(KeyCode.CONTROL, KeyCode.A).write("abc");
            robot.clickOn("#edit-config-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#edit-config-dialog-error").tryQuery()
                    .map(javafx.scene.Node::isVisible).orElse(false));
        });
        dialog(app, "delete-topic", () -> {
            press(robot, "#topic-delete");
            robot.clickOn("#delete-confirm-name").write("wrong");
        });
        dialog(app, "diagnose-sandbox", () -> {
            press(robot, "#topics-diagnose");
            await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.text(robot, "#doctor-verdict").isBlank());
        });
        robot.clickOn("#nav-consumers");
        dialog(app, "delete-group", () -> {
            press(robot, "#group-delete");
            robot.clickOn("#delete-group-confirm").write("wrong");
        });
        dialog(app, "delete-offsets", () -> press(robot, "#group-delete-offsets"));
        dialog(app, "reset-offsets", () -> {
            press(robot, "#group-reset-offsets");
            // Previewed, so the table, the command line and Export show as a person checks them before Execute.
            press(robot, "#reset-preview");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#reset-preview-table")
                    .queryAs(javafx.scene.control.TableView.class).getItems().size()) > 0);
        });
        robot.clickOn("#nav-clusters");
        dialog(app, "iam-policy", () -> press(robot, "#cluster-iam-policy"));
        dialog(app, "diagnose-msk", () -> press(robot, "#cluster-diagnose"));
        robot.clickOn("#nav-sandbox");
        dialog(app, "reset-sandbox", () -> press(robot, "#broker-reset"));
        dialog(app, "regenerate-database", () -> press(robot, "#database-regenerate"));
    }

    /** The dialogs of a saved connection (not the sandbox's): edit it, remove it. */
    private void connectionDialogs(RunningApp app) throws Exception {
        var robot = app.robot();
        dialog(app, "edit-connection", () -> menuItem(robot, "#connection-edit"));
        dialog(app, "remove-connection", () -> menuItem(robot, "#connection-remove"));
    }

    private static void menuItem(FxRobot robot, String item) {
        press(robot, "#topics-more");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(item).tryQuery().isPresent());
        robot.clickOn(item);
    }

    /** Opens a dialog at every size and theme of the main window, checks it, and cancels it. */
    private void dialog(RunningApp app, String name, Runnable open) throws Exception {
        everySizeAndTheme(app, size -> {
            open.run();
            var window = await().atMost(Duration.ofSeconds(20)).until(this::dialogShowing, Optional::isPresent).get();
            WaitForAsyncUtils.waitForFxEvents(5);
            var where = "fit-dialog-%s-%s".formatted(name, size);
            problems.addAll(onScreen(window, where));
            problems.addAll(LayoutCheck.problems(window.getScene(), where));
            save(window.getScene(), where);
            cancel(window);
            await().atMost(Duration.ofSeconds(20)).until(() -> dialogShowing().isEmpty());
        });
    }

    /**
     * Clicks a button; one scrolled out of view is fired as a person would after scrolling to it (later: a question
     * shown with showAndWait holds the FX thread until it is answered).
     */
    private static void press(FxRobot robot, String button) {
        var node = robot.lookup(button).queryAs(javafx.scene.control.ButtonBase.class);
        if (FxRead.get(() -> node.isVisible() && node.getScene() != null && new javafx.geometry.BoundingBox(0, 0,
                node.getScene().getWidth(), node.getScene().getHeight()).contains(node.localToScene(node.getLayoutBounds())))) {
            robot.clickOn(node);
        } else {
            javafx.application.Platform.runLater(node::fire);
        }
    }

    private Optional<Window> dialogShowing() {
        return FxRead.get(() -> Window.getWindows().stream()
                .filter(window -> window.isShowing() && window.getScene() != null
                        && window.getScene().getRoot() instanceof DialogPane)
                .findFirst());
    }

    private static List<String> onScreen(Window window, String where) {
        return FxRead.get(() -> {
            var screen = Screen.getPrimary().getVisualBounds();
            var placed = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            return screen.contains(placed) ? List.<String>of() : List.of("%s: the dialog at x %.0f..%.0f, y %.0f..%.0f "
                    .formatted(where, placed.getMinX(), placed.getMaxX(), placed.getMinY(), placed.getMaxY())
                    + "is not on the %.0fx%.0f screen".formatted(screen.getWidth(), screen.getHeight()));
        });
    }

    /** Its cancel (or close) button, as Escape would. */
    private static void cancel(Window window) {
        FxRead.get(() -> {
            var pane = (DialogPane) window.getScene().getRoot();
            var cancel = pane.getButtonTypes().stream()
                    .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE || type == ButtonType.CLOSE)
                    .findFirst().orElseThrow(() -> new AssertionError("a dialog without a way to cancel it"));
            ((javafx.scene.control.Button) pane.lookupButton(cancel)).fire();
            return null;
        });
    }

    private void pipelineTopics(FxRobot robot) {
        robot.clickOn("#nav-topics").clickOn("#topics-pipeline");
        robot.clickOn("#pipeline-prefix").write(PREFIX);
        robot.clickOn("#pipeline-dialog-action");
        await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.<Object>rows(robot, "#topics-table").size() >= 3);
        selectTopic(robot, PREFIX + ".pin");
    }

    /** A group with committed offsets on the pipeline's topic, selected in the Consumers pane for its detail. */
    private static void aGroupWithOffsets(RunningApp app) {
        var group = PREFIX + "-readers";
        var bootstrap = app.context().connections().localSandbox().bootstrap();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(java.util.Map.<String, Object>of(
                "bootstrap.servers", bootstrap, "group.id", group, "enable.auto.commit", "false"),
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            var partition = new org.apache.kafka.common.TopicPartition(PREFIX + ".pin", 0);
            consumer.assign(List.of(partition));
            consumer.commitSync(java.util.Map.of(partition, new org.apache.kafka.clients.consumer.OffsetAndMetadata(0)));
        }
        var robot = app.robot();
        robot.clickOn("#nav-consumers");
        // A visible cell: the table keeps spare cells with old text out of sight, and a click on one selects nothing.
        java.util.function.Predicate<javafx.scene.control.Labeled> shown = cell -> group.equals(cell.getText())
                && cell.isVisible() && cell.getParent() != null && cell.getParent().isVisible();
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#consumers-table .table-cell")
                .match(shown::test).tryQuery().isPresent()));
        // Clicked once the listing is done, as a person would: its last rows are in place then.
        await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.get(() -> robot.lookup("#consumers-stop").query().isVisible()));
        robot.clickOn(robot.lookup("#consumers-table .table-cell").match(shown::test).queryLabeled());
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#group-detail-name").equals(group));
        await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.<Object>rows(robot, "#group-partitions-table").isEmpty());
    }

    /**
     * The Messages pane with the emulator's posts found by an expression and the first one shown in full, the "More"
     * filters open. (Its over-limit question needs a topic of over a million messages: MessagesPaneTest checks it at
     * every size.)
     */
    @SuppressWarnings("unchecked")
    private static void messagesFound(FxRobot robot) {
        robot.clickOn("#nav-messages");
        var topic = PREFIX + ".pin";
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#messages-topic")
                .queryAs(javafx.scene.control.ComboBox.class).getItems().contains(topic)));
        robot.interact(() -> robot.lookup("#messages-topic").queryAs(javafx.scene.control.ComboBox.class).setValue(topic));
        robot.clickOn("#messages-expression").write("category in (\"art\", \"travel\") or downloaded = 1");
        robot.clickOn("#messages-more");
        robot.clickOn("#messages-run");
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-status").contains("match"));
        robot.interact(() -> robot.lookup("#messages-table").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
    }

    /** The Consumers pane on the refusing connection: it says it cannot read the groups. */
    @SuppressWarnings("unchecked")
    private static void refusingConsumers(FxRobot robot) {
        robot.clickOn("#nav-consumers");
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.get(() -> robot.lookup("#consumers-connection")
                .queryAs(javafx.scene.control.ComboBox.class).getItems().stream()
                .anyMatch(c -> c.toString().contains("Refusing"))));
        robot.interact(() -> {
            var picker = (javafx.scene.control.ComboBox<Object>) robot.lookup("#consumers-connection")
                    .queryAs(javafx.scene.control.ComboBox.class);
            picker.getItems().stream().filter(c -> c.toString().contains("Refusing")).findFirst()
                    .ifPresent(picker::setValue);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> !FxRead.description(robot, "#consumers-error").isEmpty());
    }

    private static void selectTopic(FxRobot robot, String topic) {
        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#topics-table .table-cell")
                .match(LabeledMatchers.hasText(topic)).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText(topic)).queryLabeled());
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#topic-detail-name").equals(topic));
    }

    private static void selectTheFirstCluster(FxRobot robot) {
        robot.clickOn("#nav-clusters");
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.<Object>rows(robot, "#clusters-table").size() >= 6);
        robot.clickOn(robot.lookup("#clusters-table .table-cell").match(LabeledMatchers.hasText(TourClusters.PIPELINE))
                .queryLabeled());
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#cluster-detail-name").equals(TourClusters.PIPELINE));
    }

    private static void startTheEmulator(FxRobot robot) {
        robot.clickOn("#nav-emulator");
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#emulator-state").equals("Ready"));
        robot.clickOn("#emulator-pace");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> "Fixed rate".equals(cell.getText()))
                .queryAs(ListCell.class));
        robot.clickOn(robot.lookup("#emulator-rate").queryAs(TextField.class)).push(KeyCode.CONTROL, KeyCode.A).write("20");
        robot.clickOn("#emulator-prefix").push(KeyCode.CONTROL, KeyCode.A).write(PREFIX);
        robot.clickOn("#emulator-start");
        await().atMost(Duration.ofSeconds(90)).until(() -> FxRead.text(robot, "#emulator-state").equals("Running"));
    }

    /** A saved connection whose broker refuses: Topics lists it and fails. */
    private static void refusingConnection(FxRobot robot, String address) {
        robot.clickOn("#nav-topics").clickOn("#topics-new-connection");
        robot.clickOn("#connection-name").write("Refusing");
        robot.clickOn("#connection-bootstrap").write(address);
        robot.clickOn("#connection-auth").clickOn("Plaintext");
        robot.clickOn("#connection-dialog-action");
        await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.description(robot, "#topics-error").isEmpty());
    }

    private static void save(javafx.scene.Scene scene, String name) {
        try {
            Screenshots.save(scene, name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not save " + name, e);
        }
    }
}
