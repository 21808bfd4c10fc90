package io.pinpipe.sandbox.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxStatus;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SandboxPaneTest {

    @TempDir
    Path home;
    private int port;

    @BeforeEach
    void preferAFreePort() throws Exception {
        // Only the port the sandbox tries first: it takes another when that one is busy, so tests read it back.
        port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("sandbox").withStartSandboxOnOpen(false));
        }
    }

    @AfterEach
    void leaveNoBrokerBehind() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    @Tag("slow")
    void startBringsTheBrokerToRunningWithItsAddressAndStopBringsItBack() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#broker-state").equals("Stopped"));
            assertThat(text(robot, "#broker-bootstrap")).isEqualTo("not running");

            robot.clickOn("#broker-start");

            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#broker-state").equals("Running"));
            var bootstrap = runningBootstrap(app);
            assertThat(text(robot, "#broker-bootstrap")).isEqualTo(bootstrap);
            assertThat(text(robot, "#status-connection")).isEqualTo("Local sandbox · " + bootstrap + " · running");
            assertThat(new SandboxBroker(app.paths()).status()).isInstanceOf(SandboxStatus.Running.class);
            assertThat(FxRead.disabled(robot, "#broker-start")).isTrue();
            Screenshots.save(app.scene(), "sandbox-running");

            robot.clickOn("#broker-stop");

            await().atMost(Duration.ofSeconds(30)).until(() -> text(robot, "#broker-state").equals("Stopped"));
            assertThat(text(robot, "#broker-bootstrap")).isEqualTo("not running");
            assertThat(text(robot, "#status-connection")).isEqualTo("Local sandbox · stopped");
            assertThat(new SandboxBroker(app.paths()).status()).isInstanceOf(SandboxStatus.Stopped.class);
        }
    }

    @Test
    @Tag("slow")
    void openingTheAppStartsTheSandboxAndClosingItStopsTheBrokerItStarted() throws Exception {
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withStartSandboxOnOpen(true));
        }
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#broker-state").equals("Running")
                    && text(robot, "#database-state").equals("Ready"));
            assertThat(text(robot, "#broker-bootstrap")).isEqualTo(runningBootstrap(app));
        }
        assertThat(new SandboxBroker(AppPaths.under(home)).status()).isInstanceOf(SandboxStatus.Stopped.class);
    }

    @Test
    @Tag("slow")
    void keepRunningLeavesTheBrokerUpAfterTheAppCloses() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#broker-state").equals("Stopped"));
            robot.clickOn("#broker-keep-running");
            robot.clickOn("#broker-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#broker-state").equals("Running"));
        }
        assertThat(new SandboxBroker(AppPaths.under(home)).status()).isInstanceOf(SandboxStatus.Running.class);

        try (var app = RunningApp.start(home)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> text(app.robot(), "#broker-state").equals("Running"));
            assertThat(FxRead.get(() -> app.robot().lookup("#broker-keep-running").queryAs(CheckBox.class).isSelected())).isTrue();
        }
    }

    @Test
    @Tag("slow")
    void aFailedStartSaysWhyAndShowsTheBrokersOwnLog() throws Exception {
        var dataDir = AppPaths.under(home).sandboxDir().resolve("kafka").resolve("data");
        java.nio.file.Files.createDirectories(dataDir);
        try (var channel = java.nio.channels.FileChannel.open(dataDir.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock();
             var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#broker-state").equals("Stopped"));

            robot.clickOn("#broker-start");

            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#broker-state").equals("Failed to start"));
            assertThat(FxRead.get(() -> robot.lookup("#broker-error").query().isVisible())).isTrue();
            assertThat(FxRead.description(robot, "#broker-error")).contains("in use by another Kafka broker");
            assertThat(FxRead.text(robot, "#broker-log-tail"))
                    .contains("Failed to acquire lock");
            assertThat(FxRead.disabled(robot, "#broker-start"))
                    .as("the user can try again").isFalse();
            Screenshots.save(app.scene(), "sandbox-start-failed");
        }
    }

    @Test
    @Tag("slow")
    void topicsSaysTheSandboxIsStoppedAndListsItsTopicsOnceItRuns() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            robot.clickOn("#nav-topics");
            await().atMost(Duration.ofSeconds(10)).until(() -> topicsError(robot).contains("not running"));

            robot.clickOn("#nav-sandbox");
            robot.clickOn("#broker-start");
            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#broker-state").equals("Running"));
            robot.clickOn("#nav-topics");

            await().atMost(Duration.ofSeconds(20)).until(() -> topicsError(robot).isEmpty()
                    && text(robot, "#topics-status").endsWith("topics"));
            assertThat(FxRead.choice(robot, "#topics-connection"))
                    .contains(runningBootstrap(app));
        }
    }

    /** Where the running sandbox listens: the preferred port, or another that the pane names. */
    private String runningBootstrap(RunningApp app) {
        var bootstrap = new SandboxBroker(app.paths()).bootstrap().orElseThrow();
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
        if (!bootstrap.equals("127.0.0.1:" + port)) {
            assertThat(FxRead.description(app.robot(), "#broker-note")).as("why not the preferred port").contains(bootstrap);
        }
        return bootstrap;
    }

    private static String topicsError(FxRobot robot) {
        return FxRead.description(robot, "#topics-error");
    }

    @Test
    void aBadPortIsExplainedNextToTheFieldAndStartWaitsForAGoodOne() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#broker-state").equals("Stopped"));
            var field = robot.lookup("#broker-port").queryAs(TextField.class);

            robot.doubleClickOn(field).eraseText(field.getText().length()).write("80");

            assertThat(text(robot, "#broker-port-problem")).contains("1024 to 65535");
            assertThat(FxRead.disabled(robot, "#broker-start")).isTrue();
            Screenshots.save(app.scene(), "sandbox-bad-port");

            robot.eraseText(2).write("abc");
            assertThat(text(robot, "#broker-port-problem")).contains("whole number");

            robot.eraseText(3).write(Integer.toString(port));
            assertThat(text(robot, "#broker-port-problem")).isEmpty();
            assertThat(FxRead.disabled(robot, "#broker-start")).isFalse();
        }
        assertThat(new SettingsStore(AppPaths.under(home).settingsFile()).get().sandboxPort())
                .as("only a valid port is remembered").isEqualTo(port);
    }

    @Test
    void theSampleDatabaseIsCreatedFromThePaneAndShowsItsRows() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#database-state").equals("Not created yet"));

            robot.clickOn("#database-create");

            await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#database-state").equals("Ready"));
            assertThat(text(robot, "#database-rows")).isEqualTo("11,000 posts · 11,000 geolocations · 11,000 users");
            Screenshots.save(app.scene(), "sandbox-database-ready");
        }
    }

    private static String text(FxRobot robot, String id) {
        return FxRead.text(robot, id);
    }
}
