package io.pinpipe.topics.view;

import io.pinpipe.testing.FxProbe;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The window while a broker never answers (a listener that accepts and stays silent): the connection test and
 * the topic listing give up with a sentence after their stated limits, and the window answers throughout.
 * Then bad input in the connection dialog and the Sandbox pane: a clear note, Save disabled, nothing saved.
 */
@Tag("slow")
class UnreachableBrokerPaneTest {

    /** A person notices a window that takes longer than this to react. */
    private static final Duration RESPONSIVE = Duration.ofMillis(200);

    @TempDir
    Path home;

    @Test
    void theWindowAnswersWhileASilentBrokerIsWaitedForAndSaysWhatHappened() throws Exception {
        try (var silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             var app = RunningApp.start(home)) {
            var accepted = new CopyOnWriteArrayList<Socket>();
            var acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        accepted.add(silent.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            var bootstrap = "127.0.0.1:" + silent.getLocalPort();
            var robot = app.robot();
            robot.clickOn("Topics");
            robot.clickOn("#topics-new-connection");
            robot.clickOn("#connection-name").write("Silent");
            robot.clickOn("#connection-bootstrap").write(bootstrap);
            robot.clickOn("#connection-auth").clickOn("Plaintext");

            var probe = new FxProbe().start();
            robot.clickOn("#connection-test");
            await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#connection-test-result").startsWith("Reached"));
            var testWait = probe.stop();
            assertThat(text(robot, "#connection-test-result")).isEqualTo("Reached " + bootstrap + ", but no Kafka answer "
                    + "came within 10 s: the listener may expect another security protocol than PLAINTEXT (on MSK, port "
                    + "9098 is IAM, 9096 SCRAM, 9094 TLS and 9092 plaintext), or the brokers' advertised addresses are not "
                    + "reachable from here");
            assertThat(testWait.samples()).isGreaterThan(100);
            assertThat(testWait.longest()).as("longest FX wait during the connection test").isLessThan(RESPONSIVE);

            probe = new FxProbe().start();
            var listingStarted = System.nanoTime();
            robot.clickOn("#connection-dialog-action");
            await().atMost(Duration.ofSeconds(30)).until(() -> description(robot, "#topics-error").startsWith("No answer"));
            var listingTook = Duration.ofNanos(System.nanoTime() - listingStarted);
            var listingWait = probe.stop();
            assertThat(description(robot, "#topics-error")).isEqualTo("No answer from Silent (" + bootstrap + ") within 15 s while trying "
                    + "to list topics: check the bootstrap address, the network path and the authentication mode");
            assertThat(listingTook).isLessThan(Duration.ofSeconds(15 + 5));
            assertThat(listingWait.longest()).as("longest FX wait during the listing").isLessThan(RESPONSIVE);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents(10);
            var error = robot.lookup("#topics-error").query();
            assertThat(error.getLayoutBounds().getHeight()).as("the error is a few lines, not the whole pane").isLessThan(150);
            Screenshots.save(app.scene(), "topics-silent-broker");
            for (var socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void badInputInTheConnectionDialogAndTheSandboxPaneIsExplainedAndNothingIsSaved() throws Exception {
        var paths = AppPaths.under(home);
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var settingsBefore = Files.readString(paths.settingsFile());
            robot.clickOn("Topics");
            robot.clickOn("#topics-new-connection");
            robot.clickOn("#connection-name").write("Broken");
            var cases = Map.of(
                    "localhost:notaport", "'localhost:notaport' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])",
                    "host:99999", "Port 99999 in 'host:99999' is out of range: 1 to 65535",
                    "nohostport", "'nohostport' is not HOST:PORT (bootstrap servers are HOST:PORT[,HOST:PORT...])",
                    "b-1:9092,,b-2:9092", "Bootstrap 'b-1:9092,,b-2:9092' has an empty entry: give HOST:PORT[,HOST:PORT...]");
            var soft = new org.assertj.core.api.SoftAssertions();
            for (var entry : cases.entrySet()) {
                robot.clickOn("#connection-bootstrap").push(KeyCode.CONTROL, KeyCode.A).write(entry.getKey());
                soft.assertThat(text(robot, "#connection-problem")).as(entry.getKey()).isEqualTo(entry.getValue());
                assertThat(FxRead.disabled(robot, "#connection-dialog-action")).isTrue();
                assertThat(FxRead.disabled(robot, "#connection-test")).isTrue();
            }
            robot.clickOn("#connection-bootstrap").push(KeyCode.CONTROL, KeyCode.A).write("127.0.0.1:9092");
            robot.clickOn("#connection-name").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
            soft.assertThat(text(robot, "#connection-problem")).as("no name").isEqualTo("A connection needs a name");
            robot.push(KeyCode.ESCAPE);

            robot.clickOn("Sandbox");
            for (var entry : Map.of(
                    "70000", "Use a port from 1024 to 65535 (ports below 1024 need administrator rights).",
                    "abc", "A port is a whole number from 1024 to 65535.",
                    "0", "Use a port from 1024 to 65535 (ports below 1024 need administrator rights).").entrySet()) {
                robot.clickOn("#broker-port").push(KeyCode.CONTROL, KeyCode.A).write(entry.getKey());
                soft.assertThat(text(robot, "#broker-port-problem")).as(entry.getKey()).isEqualTo(entry.getValue());
            }
            soft.assertAll();
            assertThat(Files.exists(paths.configDir().resolve("connections.json"))).isFalse();
            assertThat(Files.readString(paths.settingsFile())).isEqualTo(settingsBefore);
        }
    }

    private static String description(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent() ? FxRead.description(robot, query) : "";
    }

    private static String text(FxRobot robot, String query) {
        return FxRead.text(robot, query);
    }
}
