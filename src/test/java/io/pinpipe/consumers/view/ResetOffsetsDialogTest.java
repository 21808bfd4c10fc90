package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reset dialog against a real broker and real consumer groups, driven like a person would. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class ResetOffsetsDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String bootstrap;
    private static GroupAdmin admin;
    private static ExecutorService background;
    private final FxRobot robot = new FxRobot();
    private final AtomicInteger executed = new AtomicInteger();

    @BeforeAll
    static void connect(KafkaBroker broker) throws Exception {
        bootstrap = broker.bootstrap();
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        admin = GroupAdmin.connect(properties, bootstrap, Duration.ofSeconds(15));
        background = Executors.newCachedThreadPool();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void disconnect() {
        admin.close();
        background.shutdownNow();
    }

    @AfterEach
    void closeTheDialog() throws Exception {
        // The dialog opened without a handle (the entry point the Consumers pane calls) closes as Close would.
        FxToolkit.setupFixture(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(window -> (javafx.scene.control.DialogPane) window.getScene().getRoot()).toList()
                .forEach(pane -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire()));
        FxToolkit.cleanupStages();
    }

    @Test
    void previewShowsTheCurrentAndNewOffsetsAndExecuteCommitsThem() throws Exception {
        var topic = ResetTestGroups.unique("reset-exec");
        var group = ResetTestGroups.unique("reset-exec-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 8L, 1, 3L));
        open(group, List.of(topic), Theme.LIGHT);

        choose("an offset");
        robot.clickOn("#reset-offset").write("5");
        robot.clickOn("#reset-preview");
        await().atMost(WAIT).until(() -> FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table").size() == 2);

        assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table")).containsExactly(
                new ResetPreviewRow(topic, 0, "8", "5", "replays 3"),
                new ResetPreviewRow(topic, 1, "3", "5", "skips 2"));
        assertThat(FxRead.text(robot, "#reset-command-line")).contains("--group " + group).contains("--to-offset 5")
                .contains("--dry-run");
        assertThat(ResetTestGroups.offsets(bootstrap, group)).as("a preview changes nothing").containsEntry(0, 8L).containsEntry(1, 3L);
        assertThat(FxRead.disabled(robot, "#reset-execute")).isFalse();
        assertThat(DialogOnScreen.problems(robot, "#reset-offsets-dialog", "#reset-preview-table", "#reset-execute")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "reset dialog, light")).isEmpty();
        Screenshots.save(dialogScene(), "reset-dialog-preview-light");

        robot.clickOn("#reset-execute");
        await().atMost(WAIT).until(() -> FxRead.description(robot, "#reset-outcome").equals("Offsets of 2 partitions reset."));
        assertThat(executed.get()).as("the caller was told, to refresh").isEqualTo(1);
        assertThat(ResetTestGroups.offsets(bootstrap, group)).as("the previewed offsets, read back with Kafka's Admin")
                .isEqualTo(Map.of(0, 5L, 1, 5L));
        assertThat(FxRead.disabled(robot, "#reset-execute")).as("a plan is executed once").isTrue();
    }

    @Test
    void anActiveGroupIsRefusedWithItsMemberNamedAndNothingChanges() throws Exception {
        var topic = ResetTestGroups.unique("reset-active");
        var group = ResetTestGroups.unique("reset-active-group");
        var member = ResetTestGroups.unique("busy-reader");
        ResetTestGroups.topic(bootstrap, topic, 1, 6);
        try (var consumer = ResetTestGroups.member(bootstrap, group, member, topic)) {
            var before = ResetTestGroups.offsets(bootstrap, group);
            var owner = FxToolkit.setupStage(stage -> {
                stage.setScene(new Scene(new Label("owner"), 1280, 800));
                stage.show();
            });
            // The entry point the Consumers pane calls: the dialog runs its work on a pool of its own.
            FxToolkit.setupFixture(() -> ResetOffsetsDialog.open(owner, () -> admin, group, List.of(topic),
                    executed::incrementAndGet));
            await().atMost(WAIT).until(() -> robot.lookup("#reset-offsets-dialog").tryQuery().isPresent());

            robot.clickOn("#reset-preview");
            await().atMost(WAIT).until(() -> !FxRead.description(robot, "#reset-refusal").isEmpty());

            assertThat(FxRead.description(robot, "#reset-refusal")).contains(member);
            assertThat(FxRead.text(robot, ".banner-title")).isEqualTo("The group is active");
            assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table")).isEmpty();
            assertThat(FxRead.disabled(robot, "#reset-execute")).isTrue();
            assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(before);
            Screenshots.save(dialogScene(), "reset-dialog-active-light");
        }
    }

    @Test
    void aNonNumericOffsetIsRejectedNextToTheFieldAndAnEditThrowsThePreviewAway() throws Exception {
        var topic = ResetTestGroups.unique("reset-input");
        var group = ResetTestGroups.unique("reset-input-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 4);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 4L, 1, 4L));
        open(group, List.of(topic), Theme.LIGHT);

        choose("an offset");
        robot.clickOn("#reset-offset").write("12x");
        assertThat(FxRead.text(robot, "#reset-offset-note")).contains("'12x' is not a whole number");
        assertThat(FxRead.disabled(robot, "#reset-preview")).isTrue();
        Screenshots.save(dialogScene(), "reset-dialog-invalid-light");

        robot.push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE).push(KeyCode.BACK_SPACE).write("1");
        assertThat(FxRead.text(robot, "#reset-offset-note")).doesNotContain("not a whole number");
        robot.clickOn("#reset-preview");
        await().atMost(WAIT).until(() -> FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table").size() == 2);
        assertThat(FxRead.disabled(robot, "#reset-execute")).isFalse();

        // Only partition 1 now: the preview of both no longer says what Execute would do.
        robot.clickOn("#reset-partitions-0").write("1");
        assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table")).isEmpty();
        assertThat(FxRead.disabled(robot, "#reset-execute")).isTrue();
        assertThat(FxRead.text(robot, "#reset-command-line")).isEmpty();

        robot.clickOn("#reset-preview");
        await().atMost(WAIT).until(() -> FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table").size() == 1);
        assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table"))
                .containsExactly(new ResetPreviewRow(topic, 1, "4", "1", "replays 3"));

        robot.clickOn("#reset-partitions-0").write(",x");
        assertThat(FxRead.text(robot, "#reset-partitions-0-note")).contains("'x' is not a partition number");
        assertThat(FxRead.disabled(robot, "#reset-preview")).isTrue();
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 4L, 1, 4L));
    }

    @Test
    void aClampedTargetIsWarnedAboutAndTheDialogFitsInTheDarkTheme() throws Exception {
        var topic = ResetTestGroups.unique("reset-dark");
        var group = ResetTestGroups.unique("reset-dark-group");
        ResetTestGroups.topic(bootstrap, topic, 3, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 2L, 1, 5L, 2, 10L));
        open(group, List.of(topic, ResetTestGroups.unique("reset-dark-other")), Theme.DARK, 900, 600);

        robot.clickOn("#reset-topic-1"); // untick the second topic
        choose("an offset");
        robot.clickOn("#reset-offset").write("50");
        robot.clickOn("#reset-preview");
        await().atMost(WAIT).until(() -> FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table").size() == 3);

        assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table")).extracting(ResetPreviewRow::target)
                .containsOnly("10 (clamped)");
        assertThat(FxRead.description(robot, "#reset-warnings")).isNotEmpty();
        assertThat(DialogOnScreen.problems(robot, "#reset-offsets-dialog", "#reset-warnings", "#reset-execute")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "reset dialog over 900x600, dark")).isEmpty();
        Screenshots.save(dialogScene(), "reset-dialog-preview-dark");

        choose("a date and time");
        robot.clickOn("#reset-date").write("2999-01-01");
        assertThat(FxRead.text(robot, "#reset-date-note")).contains("in the future");
        assertThat(FxRead.disabled(robot, "#reset-preview")).isTrue();
        robot.clickOn(robot.lookup(".button").match(LabeledMatchers.hasText("1 hour ago")).queryButton());
        assertThat(FxRead.text(robot, "#reset-date-note")).doesNotContain("future");
        assertThat(FxRead.disabled(robot, "#reset-preview")).isFalse();
        Screenshots.save(dialogScene(), "reset-dialog-datetime-dark");
    }

    @Test
    void whileExecutingTheDialogCannotBeClosedAndTheOutcomeShows() throws Exception {
        var topic = ResetTestGroups.unique("reset-hold");
        var group = ResetTestGroups.unique("reset-hold-group");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 8L, 1, 3L));
        var gate = new ResetGate(admin);
        open(group, List.of(topic), Theme.LIGHT, 1280, 800,
                new Async(background, Platform::runLater, new BackgroundWork()), gate.admins());

        robot.clickOn("#reset-preview"); // to the earliest offsets
        await().atMost(WAIT).until(() -> FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table").size() == 2);
        gate.shut();
        robot.clickOn("#reset-execute");
        await().atMost(WAIT).until(() -> gate.waiting() == 1);

        assertThat(FxRead.text(robot, "#reset-status")).isEqualTo("Resetting the offsets…");
        assertThat(FxRead.disabled(robot, "#reset-close")).as("Close waits for the outcome").isTrue();
        assertThat(FxRead.disabled(robot, "#reset-target")).isTrue();
        assertThat(FxRead.get(() -> robot.lookup("#reset-cancel").query().isVisible())).as("no Cancel for Execute").isFalse();
        var window = robot.lookup("#reset-offsets-dialog").query().getScene().getWindow();
        robot.push(KeyCode.ESCAPE);
        FxToolkit.setupFixture(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(FxRead.get(window::isShowing)).as("neither Escape nor the title bar closes it").isTrue();
        Screenshots.save(dialogScene(), "reset-dialog-executing-light");

        gate.open();
        await().atMost(WAIT).until(() -> FxRead.description(robot, "#reset-outcome").equals("Offsets of 2 partitions reset."));
        assertThat(executed.get()).as("the caller was told, to refresh").isEqualTo(1);
        assertThat(ResetTestGroups.offsets(bootstrap, group)).isEqualTo(Map.of(0, 0L, 1, 0L));
        assertThat(FxRead.disabled(robot, "#reset-close")).isFalse();
        Screenshots.save(dialogScene(), "reset-dialog-executed-light");
    }

    @Test
    void cancelStopsAPreviewOfABrokerThatDoesNotAnswerAtOnce() throws Exception {
        var jobs = new BackgroundWork();
        try (var closed = ClosedPort.open()) {
            var properties = new Properties();
            properties.setProperty("bootstrap.servers", closed.address());
            // Far longer than the test waits: only Cancel can end this preview in time.
            try (var silent = GroupAdmin.connect(properties, closed.address(), Duration.ofMinutes(2))) {
                open(ResetTestGroups.unique("reset-cancel-group"), List.of("orders"), Theme.DARK, 1280, 800,
                        new Async(background, Platform::runLater, jobs), () -> silent);
                robot.clickOn("#reset-preview");
                await().atMost(WAIT).until(() -> FxRead.get(() -> robot.lookup("#reset-cancel").query().isVisible()));
                assertThat(FxRead.disabled(robot, "#reset-preview")).isTrue();
                assertThat(FxRead.get(() -> jobs.running().size())).isEqualTo(1);
                Screenshots.save(dialogScene(), "reset-dialog-previewing-dark");

                robot.clickOn("#reset-cancel");
                // At once, on the click: idle again, with nothing but the word that it was cancelled.
                assertThat(FxRead.text(robot, "#reset-status")).isEqualTo("Preview cancelled.");
                assertThat(FxRead.get(() -> robot.lookup("#reset-cancel").query().isVisible())).isFalse();
                assertThat(FxRead.disabled(robot, "#reset-preview")).isFalse();
                assertThat(FxRead.disabled(robot, "#reset-execute")).isTrue();
                assertThat(FxRead.description(robot, "#reset-refusal")).isEmpty();
                assertThat(FxRead.<ResetPreviewRow>rows(robot, "#reset-preview-table")).isEmpty();
                // The planning thread was interrupted, not left waiting out the two minutes.
                await().atMost(WAIT).until(() -> FxRead.get(() -> jobs.running().isEmpty()));
                assertThat(FxRead.text(robot, "#reset-status")).isEqualTo("Preview cancelled.");
                assertThat(FxRead.description(robot, "#reset-refusal")).as("no late error").isEmpty();
            }
        }
    }

    private void open(String group, List<String> topics, Theme theme) throws Exception {
        open(group, topics, theme, 1280, 800);
    }

    /** Over a window of this size (the app's smallest is 900x600), on the 1280x800 test screen. */
    private void open(String group, List<String> topics, Theme theme, double width, double height) throws Exception {
        open(group, topics, theme, width, height, new Async(background, Platform::runLater, new BackgroundWork()),
                () -> admin);
    }

    private void open(String group, List<String> topics, Theme theme, double width, double height, Async async,
                      java.util.function.Supplier<GroupAdmin> admins) throws Exception {
        var owner = FxToolkit.setupStage(stage -> {
            var scene = new Scene(new Label("owner"), width, height);
            stage.setWidth(width);
            stage.setHeight(height);
            ThemeApplier.apply(theme, scene);
            stage.setScene(scene);
            stage.show();
        });
        FxToolkit.setupFixture(() -> ResetOffsetsDialog.open((Stage) owner, async, admins, group, topics,
                executed::incrementAndGet));
        await().atMost(WAIT).until(() -> robot.lookup("#reset-offsets-dialog").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String target) {
        robot.clickOn("#reset-target");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(target)).queryLabeled());
        assertThat(FxRead.choice(robot, "#reset-target")).isEqualTo(target);
    }

    private Scene dialogScene() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#reset-offsets-dialog").query().getScene();
    }
}
