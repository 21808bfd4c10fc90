package io.pinpipe.app;

import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.Pane;
import io.pinpipe.workbench.PaneGroup;
import io.pinpipe.workbench.PaneInfo;
import io.pinpipe.workbench.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pane is a plug-in: a throw-away pane added as one more entry of the list gets its sidebar entry, its section,
 * its Ctrl+N, and text naming that shortcut; and navigation reaches it by key with what it should open.
 */
class PanePluginTest {

    @TempDir
    Path home;

    /** What a new feature's package would hold: its pane, nothing else anywhere. */
    static final class ThrowAwayPane implements Pane {

        final AtomicReference<Navigator.Target> opened = new AtomicReference<>();
        private final Label hint = new Label();

        @Override
        public PaneInfo info() {
            return new PaneInfo("throwaway", "Throw-away", Feather.STAR, "A pane made by a test", PaneGroup.PIPELINE);
        }

        @Override
        public Region view(Workbench bench) {
            hint.setId("throwaway-hint");
            hint.setText("Topics are one " + bench.navigator().shortcut("topics") + " away; this pane is "
                    + bench.navigator().shortcut("throwaway"));
            return new StackPane(hint);
        }

        @Override
        public void open(Navigator.Target target) {
            opened.set(target);
        }
    }

    @Test
    void onePaneMoreIsOneLineMore() throws Exception {
        var extra = new ThrowAwayPane();
        try (var app = RunningApp.start(home, () -> {
            var panes = new ArrayList<>(PinpipeApp.standardPanes());
            panes.add(extra); // the one line
            return List.copyOf(panes);
        })) {
            var robot = app.robot();
            var entry = robot.lookup("#nav-throwaway").queryAs(ToggleButton.class);
            assertThat(FxRead.text(robot, "#nav-throwaway")).isEqualTo("Throw-away");
            assertThat(entry.getTooltip().getText()).isEqualTo("A pane made by a test  (Ctrl+8)");

            robot.push(KeyCode.CONTROL, KeyCode.DIGIT8);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#pane-throwaway").tryQuery()).isPresent();
            assertThat(FxRead.get(entry::isSelected)).isTrue();
            assertThat(FxRead.text(robot, "#throwaway-hint")).isEqualTo("Topics are one Ctrl+2 away; this pane is Ctrl+8");

            var sandbox = app.context().connections().localSandbox();
            robot.interact(() -> app.navigator().show("throwaway", Navigator.Target.connection(sandbox).topic("demo.pin")));
            assertThat(extra.opened.get().topic()).contains("demo.pin");
            assertThat(extra.opened.get().connection()).isEqualTo(sandbox);
        }
    }

    @Test
    void textThatNamesAShortcutFollowsTheRegistration() throws Exception {
        try (var app = RunningApp.start(home, () -> {
            var panes = new ArrayList<Pane>(PinpipeApp.standardPanes());
            panes.add(0, new ThrowAwayPane()); // first: every other pane's Ctrl+N moves up by one
            return List.copyOf(panes);
        })) {
            var robot = app.robot();
            robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> !FxRead.description(robot, "#topics-error").isEmpty());

            assertThat(FxRead.description(robot, "#topics-error"))
                    .as("the sandbox is not running, and the Sandbox pane is now Ctrl+8")
                    .contains("Start it in the Sandbox pane (Ctrl+8)");
        }
    }

    @Test
    void theSidebarIsGroupedAndItsHintsComeFromTheRegistration() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var sections = robot.lookup(".sidebar .section-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertThat(sections).containsExactly("CLUSTER", "PIPELINE", "LOCAL");
            assertThat(robot.lookup("#nav-sandbox").queryAs(ToggleButton.class).getTooltip().getText()).endsWith("(Ctrl+7)");
        }
    }
}
