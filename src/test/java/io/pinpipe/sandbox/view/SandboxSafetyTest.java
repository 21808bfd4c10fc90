package io.pinpipe.sandbox.view;

import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxStatus;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.workbench.Workbench;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What could lose data asks first, and Enter never says yes: stopping the broker while something streams into it,
 * resetting it (which brings a running broker back up, empty), regenerating the sample tables. The pane also says what
 * to do next on a first start.
 */
@Tag("slow")
class SandboxSafetyTest {

    @TempDir
    Path home;

    @BeforeEach
    void preferAFreePort() throws Exception {
        var port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("sandbox").withStartSandboxOnOpen(false));
        }
    }

    @AfterEach
    void leaveNoBrokerBehind() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void stopWhileTheEmulatorStreamsAsksAndResetAsksThenBringsTheBrokerBackEmpty() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> FxRead.text(robot, "#broker-state").equals("Stopped"));
            robot.clickOn("#broker-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#broker-state").equals("Running"));
            createTopic(app, "kept.until.reset");

            var release = new Runnable[1];
            robot.interact(() -> release[0] = ((Workbench) app.navigator()).sandboxUsers()
                    .claim("The emulator is streaming into it"));
            robot.clickOn("#broker-stop");
            await().until(() -> robot.lookup("#stop-confirmation").tryQuery().isPresent());
            assertThat(FxRead.get(() -> robot.lookup("#stop-confirmation").queryAs(DialogPane.class).getContentText()))
                    .startsWith("The emulator is streaming into it.");
            Screenshots.save(robot.lookup("#stop-confirmation").query().getScene(), "sandbox-stop-in-use");
            robot.push(KeyCode.ENTER);
            await().until(() -> robot.lookup("#stop-confirmation").tryQuery().isEmpty());
            assertThat(FxRead.text(robot, "#broker-state")).as("Enter does not stop a broker in use").isEqualTo("Running");

            robot.clickOn("#broker-reset");
            await().until(() -> robot.lookup("#reset-confirmation").tryQuery().isPresent());
            Screenshots.save(robot.lookup("#reset-confirmation").query().getScene(), "sandbox-reset-confirmation");
            robot.push(KeyCode.ENTER);
            await().until(() -> robot.lookup("#reset-confirmation").tryQuery().isEmpty());
            assertThat(FxRead.text(robot, "#broker-state")).as("Enter does not reset").isEqualTo("Running");
            assertThat(topics(app)).contains("kept.until.reset");

            robot.clickOn("#broker-reset");
            await().until(() -> robot.lookup("#reset-confirmation-go").tryQuery().isPresent());
            robot.clickOn("#reset-confirmation-go");
            await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.text(robot, "#broker-state").equals("Running"));
            await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#broker-state").equals("Running"));
            assertThat(new SandboxBroker(app.paths()).status()).isInstanceOf(SandboxStatus.Running.class);
            assertThat(topics(app)).doesNotContain("kept.until.reset");

            robot.interact(release[0]);
            robot.clickOn("#broker-stop");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#broker-state").equals("Stopped"));
            assertThat(robot.lookup("#stop-confirmation").tryQuery()).as("nothing uses it: no question").isEmpty();
        }
    }

    @Test
    void firstStartSaysWhatToDoNextAndRegenerateReloadsTheSampleTables() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> FxRead.text(robot, "#database-state").equals("Not created yet")
                    && FxRead.text(robot, "#broker-state").equals("Stopped"));
            assertThat(FxRead.text(robot, "#sandbox-next-step"))
                    .startsWith("First: start the broker and create the sample database");
            assertThat(visible(robot, "#sandbox-open-emulator")).isFalse();
            Screenshots.save(app.scene(), "sandbox-next-step-first");

            robot.clickOn("#database-create");
            await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#database-state").equals("Ready"));
            assertThat(FxRead.text(robot, "#sandbox-next-step")).startsWith("First: start the broker (below)");
            robot.clickOn("#broker-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#broker-state").equals("Running"));
            var shortcut = FxRead.get(() -> app.navigator().shortcut("emulator"));
            assertThat(FxRead.text(robot, "#sandbox-next-step")).startsWith("Next: Emulator → Start (" + shortcut + ")");
            assertThat(shortcut).isNotEmpty();
            Screenshots.save(app.scene(), "sandbox-next-step-ready");
            robot.clickOn("#theme-switch");
            Screenshots.save(app.scene(), "sandbox-next-step-ready-dark");
            robot.interact(() -> { app.stage().setWidth(900); app.stage().setHeight(600); });
            robot.interact(() -> { });
            Screenshots.save(app.scene(), "sandbox-next-step-ready-900-dark");
            robot.clickOn("#theme-switch");
            Screenshots.save(app.scene(), "sandbox-next-step-ready-900");
            robot.interact(() -> { app.stage().setWidth(1280); app.stage().setHeight(800); });

            var database = new SampleDatabase(app.paths());
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM pinterest_data WHERE `index` < 100");
            }
            assertThat(database.status().pinterestRows()).isLessThan(11_000);
            robot.clickOn("#database-regenerate");
            await().until(() -> robot.lookup("#regenerate-confirmation").tryQuery().isPresent());
            robot.push(KeyCode.ENTER);
            await().until(() -> robot.lookup("#regenerate-confirmation").tryQuery().isEmpty());
            assertThat(database.status().pinterestRows()).as("Enter does not regenerate").isLessThan(11_000);

            robot.clickOn("#database-regenerate");
            await().until(() -> robot.lookup("#regenerate-confirmation-go").tryQuery().isPresent());
            robot.clickOn("#regenerate-confirmation-go");
            await().atMost(Duration.ofSeconds(60)).until(() -> database.status().pinterestRows() == 11_000
                    && FxRead.text(robot, "#database-state").equals("Ready"));
            assertThat(FxRead.text(robot, "#database-rows")).isEqualTo("11,000 posts · 11,000 geolocations · 11,000 users");

            robot.clickOn("#sandbox-open-emulator");
            await().atMost(Duration.ofSeconds(10)).until(() -> visible(robot, "#emulator-start"));
        }
    }

    private static boolean visible(FxRobot robot, String query) {
        return FxRead.get(() -> robot.lookup(query).tryQuery().map(node -> {
            for (var at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false));
    }

    private static void createTopic(RunningApp app, String name) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", new SandboxBroker(app.paths()).bootstrap().orElseThrow()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
    }

    private static Set<String> topics(RunningApp app) throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", new SandboxBroker(app.paths()).bootstrap().orElseThrow()))) {
            return admin.listTopics().names().get();
        }
    }
}
