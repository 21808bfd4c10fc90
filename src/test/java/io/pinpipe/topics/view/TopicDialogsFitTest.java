package io.pinpipe.topics.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.topics.TopicSummary;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #13, "Dialogs grow off-screen": after a verdict or a refusal appears in a dialog, the dialog still fits on
 * the screen and its buttons can still be clicked (before, it grew to about 1,800 px, or did not grow and hid them).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicDialogsFitTest {

    private Path home;
    private String bootstrap;

    @BeforeAll
    void startTheSandbox() throws Exception {
        home = Files.createTempDirectory("pinpipe-dialogs-fit");
        var port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        bootstrap = new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port))
                .start().bootstrap();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("fit.config", 1, (short) 1)
                    .configs(Map.of("retention.ms", "86400000")))).all().get();
        }
    }

    @AfterAll
    void stopTheSandbox() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void theCreateTopicDialogKeepsItsButtonsOnScreenAfterValidateOnlyAndAfterARefusal() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopic(robot, "fit.config");
            robot.clickOn("#topics-create");
            await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#create-topic-dialog").tryQuery().isPresent());
            robot.clickOn("#create-name").write("fit.checked");
            robot.clickOn("#create-partitions").write("3");
            robot.clickOn("#create-retention").write("604800000");
            robot.clickOn("#create-validate");
            await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.description(robot, "#create-outcome").isEmpty());
            awaitSettled(robot, "#create-topic-dialog");

            assertThat(DialogOnScreen.problems(robot, "#create-topic-dialog", "#create-outcome", "#create-submit"))
                    .as("after Validate only, the dialog is " + DialogOnScreen.size(robot, "#create-topic-dialog")).isEmpty();
            Screenshots.save(robot.lookup("#create-topic-dialog").query().getScene(), "dialog-create-validated");

            // Someone else creates the topic meanwhile: the broker refuses, and the refusal shows with the buttons.
            try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("fit.taken", 1, (short) 1))).all().get();
            }
            robot.clickOn("#create-name").push(KeyCode.CONTROL, KeyCode.A).write("fit.taken");
            robot.clickOn("#create-validate");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.description(robot, "#create-refusal").contains("already exists"));
            awaitSettled(robot, "#create-topic-dialog");

            assertThat(DialogOnScreen.problems(robot, "#create-topic-dialog", "#create-refusal", "#create-submit"))
                    .as("after a refusal, the dialog is " + DialogOnScreen.size(robot, "#create-topic-dialog")).isEmpty();
            Screenshots.save(robot.lookup("#create-topic-dialog").query().getScene(), "dialog-create-refused");
            robot.push(KeyCode.ESCAPE);
        }
    }

    @Test
    void theConfigEditorKeepsItsButtonsOnScreenAfterAFailedSave() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopic(robot, "fit.config");
            robot.clickOn("#topics-filter").write("fit.config");
            robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText("fit.config")).queryLabeled());
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#topic-detail-name").equals("fit.config"));
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Configuration")).queryLabeled());
            await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.rows(robot, "#configs-table").isEmpty());
            robot.doubleClickOn(robot.lookup("#configs-table .table-cell").match(LabeledMatchers.hasText("retention.ms"))
                    .queryLabeled());
            robot.clickOn("#edit-config-value").push(KeyCode.CONTROL, KeyCode.A).write("abc");
            robot.clickOn("#edit-config-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.description(robot, "#edit-config-dialog-error").isEmpty());
            awaitSettled(robot, "#edit-config-dialog");

            assertThat(DialogOnScreen.problems(robot, "#edit-config-dialog", "#edit-config-dialog-error",
                    "#edit-config-dialog-action")).as("after a failed save, the dialog is "
                    + DialogOnScreen.size(robot, "#edit-config-dialog")).isEmpty();
            Screenshots.save(robot.lookup("#edit-config-dialog").query().getScene(), "dialog-config-refused");
            robot.push(KeyCode.ESCAPE);
        }
    }

    /** The dialog re-fits on the FX thread's next turns, after the message appeared. */
    private static void awaitSettled(FxRobot robot, String dialog) {
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(300))
                .until(() -> DialogOnScreen.size(robot, dialog), size -> size.equals(DialogOnScreen.size(robot, dialog)));
    }

    private static void awaitTopic(FxRobot robot, String name) {
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.<TopicSummary>rows(robot, "#topics-table").stream()
                .anyMatch(topic -> topic.name().equals(name)));
    }
}
