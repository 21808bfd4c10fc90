package io.pinpipe.topics.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.topics.TopicSummary;
import javafx.scene.input.Clipboard;
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

/** Issue #13, "Copy from every table": a Topics row goes to the clipboard with Ctrl+C, and as JSON from its menu. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicsTableCopyTest {

    private Path home;

    @BeforeAll
    void startTheSandbox() throws Exception {
        home = Files.createTempDirectory("pinpipe-table-copy");
        var port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        var bootstrap = new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port))
                .start().bootstrap();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("copy.me", 3, (short) 1), new NewTopic("other", 1, (short) 1)))
                    .all().get();
        }
    }

    @AfterAll
    void stopTheSandbox() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void aSelectedTopicIsCopiedAsTextWithCtrlCAndAsJsonFromTheMenu() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.<TopicSummary>rows(robot, "#topics-table").stream()
                    .anyMatch(topic -> topic.name().equals("copy.me")));
            robot.clickOn(cell(robot, "copy.me"));
            robot.push(KeyCode.CONTROL, KeyCode.C);
            assertThat(clipboard()).isEqualTo("copy.me\t3\t1\t0");

            openMenu(robot, cell(robot, "copy.me"));
            robot.clickOn("Copy row as JSON");
            var json = new ObjectMapper().readTree(clipboard());
            assertThat(json.get("Topic").asText()).isEqualTo("copy.me");
            assertThat(json.get("Partitions").isNumber()).as("a number stays a number").isTrue();
            assertThat(json.get("Partitions").asInt()).isEqualTo(3);
            assertThat(json.get("RF").asInt()).as("the title in the header, beside its tooltip").isEqualTo(1);
            assertThat(json.get("URP").asInt()).isZero();

            openMenu(robot, cell(robot, "copy.me"));
            robot.clickOn("Copy cell");
            assertThat(clipboard()).isEqualTo("copy.me");
        }
    }

    /** A right click; Monocle does not turn it into the menu request a desktop sends, so send that request too. */
    private static void openMenu(FxRobot robot, javafx.scene.Node cell) {
        robot.rightClickOn(cell);
        robot.interact(() -> {
            var at = cell.localToScreen(cell.getBoundsInLocal());
            var local = cell.getBoundsInLocal();
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(), local.getCenterY(),
                    at.getCenterX(), at.getCenterY(), false, null));
        });
    }

    private static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    private static String clipboard() {
        return FxRead.get(() -> Clipboard.getSystemClipboard().getString());
    }
}
