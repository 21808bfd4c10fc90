package io.pinpipe.doctor.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.DoctorDialogReader;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The doctor dialog opened from the Topics pane of the real app, filling in against a real broker. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class DoctorDialogTest {

    private static final List<String> PLAINTEXT_STEPS = List.of("resolve", "tcp", "authenticate", "metadata");

    @TempDir
    Path home;

    @Test
    void diagnoseFromTopicsShowsEveryStepGreenForAWorkingBroker(KafkaBroker kafka) throws Exception {
        try (var closed = ClosedPort.open(); var app = start(closed.port(), kafka)) {
            var robot = app.robot();
            // The sandbox is not running: Topics shows why, and offers the doctor right there.
            await().atMost(Duration.ofSeconds(20)).until(() -> visible(robot, "#topics-error-diagnose"));
            Screenshots.save(app.scene(), "topics-error-diagnose");
            robot.clickOn("#topics-error-diagnose");
            var doctor = DoctorDialogReader.anywhere(robot);
            doctor.awaitFinished();
            assertThat(doctor.state("resolve")).isEqualTo("passed");
            assertThat(doctor.state("tcp")).isEqualTo("failed");
            assertThat(doctor.text("#doctor-step-tcp-message")).isEqualTo("Nothing is listening at " + closed.address()
                    + " (connection refused)");
            assertThat(doctor.text("#doctor-step-tcp-advice")).startsWith("What to do: The host answered but nothing listens");
            assertThat(doctor.state("authenticate")).isEqualTo("skipped");
            assertThat(doctor.text("#doctor-verdict")).isEqualTo("1 of 4 steps passed");
            Screenshots.save(dialog(robot).getScene(), "doctor-refused");
            robot.clickOn("#doctor-close");

            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                var picker = (ComboBox<Connection>) robot.lookup("#topics-connection").query();
                picker.getItems().stream().filter(c -> c.name().equals("embedded")).findFirst().ifPresent(picker::setValue);
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> !visible(robot, "#topics-error-diagnose"));
            Screenshots.save(app.scene(), "topics-with-diagnose");
            robot.clickOn("#topics-diagnose");
            assertThat(doctor.awaitSteps()).as("every step is listed at once").isEqualTo(PLAINTEXT_STEPS);
            doctor.awaitFinished();

            for (var step : PLAINTEXT_STEPS) {
                assertThat(doctor.state(step)).as(step).isEqualTo("passed");
            }
            assertThat(doctor.text("#doctor-verdict")).isEqualTo("All 4 steps passed");
            assertThat(doctor.text("#doctor-step-metadata-details")).isEqualTo("Broker 1 at " + kafka.bootstrap() + ", controller: reachable");
            assertThat(doctor.disabled("#doctor-copy")).isFalse();
            assertThat(doctor.disabled("#doctor-cancel")).as("nothing left to cancel").isTrue();
            Screenshots.save(dialog(robot).getScene(), "doctor-all-green");

            robot.clickOn("#doctor-copy");
            assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                    .get()).startsWith("Pinpipe connection doctor: embedded (" + kafka.bootstrap() + ", Plaintext)")
                    .contains("✓ Cluster metadata: Cluster ");
            robot.clickOn("#doctor-close");
        }
    }

    /** The app with the sandbox (stopped) on {@code sandboxPort} and a saved connection to the shared broker. */
    private RunningApp start(int sandboxPort, KafkaBroker kafka) throws Exception {
        var paths = AppPaths.under(home);
        try (var settings = new SettingsStore(paths.settingsFile())) {
            settings.update(s -> s.withSandboxPort(sandboxPort).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        ConnectionStore.in(paths.ensureExist()).save(new Connection("embedded", kafka.bootstrap(), new AuthSettings.Plaintext()));
        return RunningApp.start(home);
    }

    private static Node dialog(FxRobot robot) {
        return robot.lookup("#doctor-dialog").query();
    }

    private static boolean visible(FxRobot robot, String id) {
        return FxRead.get(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#topics-error").tryQuery().map(node -> node.isVisible() && node.getParent().isVisible()).orElse(false));
    }
}
