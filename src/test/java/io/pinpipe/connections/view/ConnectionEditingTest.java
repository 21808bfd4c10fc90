package io.pinpipe.connections.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A saved connection is edited and removed from the window, where it is picked (Topics' menu): the same dialog,
 * filled in, writes the new values to connections.json (never the password); removal asks first, naming it, and
 * Enter does not remove.
 */
class ConnectionEditingTest {

    @TempDir
    Path home;
    private Path file;

    @BeforeEach
    void saveOne() throws Exception {
        var paths = AppPaths.under(home);
        try (var settings = new SettingsStore(paths.settingsFile())) {
            settings.update(s -> s.withStartSandboxOnOpen(false).withLastPane("topics"));
        }
        var store = ConnectionStore.in(paths);
        store.save(new Connection("Team SCRAM", "127.0.0.1:1", new AuthSettings.Scram("alice", Optional.empty())));
        store.save(new Connection("Other", "127.0.0.1:2", new AuthSettings.Plaintext()));
        file = store.file();
    }

    @Test
    void editChangesTheSavedBootstrapAndNameAndRemoveAsksThenDeletes() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            pick(robot, "Team SCRAM");

            openMenu(robot, "#connection-edit");
            await().until(() -> robot.lookup("#connection-dialog").tryQuery().isPresent());
            assertThat(FxRead.text(robot, "#connection-name")).isEqualTo("Team SCRAM");
            assertThat(FxRead.text(robot, "#connection-bootstrap")).isEqualTo("127.0.0.1:1");
            assertThat(FxRead.text(robot, "#connection-user")).isEqualTo("alice");
            robot.clickOn("#connection-name").push(KeyCode.CONTROL, KeyCode.A).write("Other");
            assertThat(FxRead.text(robot, "#connection-problem")).isEqualTo("A connection with this name exists.");
            assertThat(FxRead.disabled(robot, "#connection-dialog-action")).isTrue();
            robot.clickOn("#connection-name").push(KeyCode.CONTROL, KeyCode.A).write("Team SCRAM (eu)");
            robot.clickOn("#connection-bootstrap").push(KeyCode.CONTROL, KeyCode.A).write("127.0.0.1:19096");
            robot.clickOn("#connection-password").write("typed-secret-42");
            Screenshots.save(robot.lookup("#connection-dialog").query().getScene(), "connection-edit-dialog");
            robot.clickOn("#connection-dialog-action");

            await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(file).contains("127.0.0.1:19096"));
            var saved = Files.readString(file);
            assertThat(saved).contains("Team SCRAM (eu)").doesNotContain("\"Team SCRAM\"").doesNotContain("127.0.0.1:1\"")
                    .doesNotContain("typed-secret-42");
            await().until(() -> FxRead.get(() -> robot.lookup("#topics-connection").queryAs(ComboBox.class).getValue().toString())
                    .contains("name=Team SCRAM (eu), bootstrap=127.0.0.1:19096"));
            assertThat(app.context().connections().byName("Team SCRAM (eu)")).map(Connection::bootstrap)
                    .contains("127.0.0.1:19096");

            openMenu(robot, "#connection-remove");
            await().until(() -> robot.lookup("#remove-connection").tryQuery().isPresent());
            assertThat(FxRead.get(() -> robot.lookup("#remove-connection").queryAs(javafx.scene.control.DialogPane.class)
                    .getHeaderText())).isEqualTo("Remove the connection “Team SCRAM (eu)”?");
            Screenshots.save(robot.lookup("#remove-connection").query().getScene(), "connection-remove-confirmation");
            robot.push(KeyCode.ENTER);
            await().until(() -> robot.lookup("#remove-connection").tryQuery().isEmpty());
            assertThat(Files.readString(file)).as("Enter cancels").contains("Team SCRAM (eu)");

            openMenu(robot, "#connection-remove");
            await().until(() -> robot.lookup("#remove-connection-go").tryQuery().isPresent());
            robot.clickOn("#remove-connection-go");

            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.readString(file).contains("Team SCRAM"));
            ComboBox<Connection> picker = robot.lookup("#topics-connection").queryAs(ComboBox.class);
            await().until(() -> FxRead.get(() -> picker.getValue().name()).equals(Connection.LOCAL_SANDBOX));
            assertThat(FxRead.get(() -> picker.getItems().stream().map(Connection::name).toList()))
                    .containsExactly(Connection.LOCAL_SANDBOX, "Other");
            assertThat(Files.readString(file)).contains("Other");
        }
    }

    private static void pick(FxRobot robot, String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#topics-connection").tryQuery().isPresent()
                && FxRead.get(() -> robot.lookup("#topics-connection").queryAs(ComboBox.class).getItems().size()) == 3);
        ComboBox<Connection> picker = robot.lookup("#topics-connection").queryAs(ComboBox.class);
        robot.interact(() -> picker.getItems().stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(picker::setValue));
    }

    private static void openMenu(FxRobot robot, String item) {
        robot.clickOn("#topics-more");
        await().until(() -> robot.lookup(item).tryQuery().isPresent());
        robot.clickOn(item);
    }
}
