package io.pinpipe.messages.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.EmulatorEngine;
import io.pinpipe.emulator.EmulatorListener;
import io.pinpipe.emulator.EmulatorSettings;
import io.pinpipe.emulator.EmulatorStats;
import io.pinpipe.emulator.KafkaSink;
import io.pinpipe.emulator.Limit;
import io.pinpipe.emulator.Pacing;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.emulator.RowSource;
import io.pinpipe.emulator.SandboxSource;
import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.emulator.SourceTable;
import io.pinpipe.messages.Message;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.workbench.Navigator;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live tail of the Messages pane while the emulator streams into a real broker at its full pace. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class MessagesLiveTest {

    private static final Pattern READ = Pattern.compile("Read ([\\d,]+) · matched ([\\d,]+)");
    private static final Pattern RATE = Pattern.compile("([\\d,]+) msg/s");

    @TempDir
    Path home;
    private final String bootstrap;

    MessagesLiveTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @Test
    void theTailShowsNewMessagesWhileTheEmulatorRunsAndPauseHoldsTheTableStill() throws Exception {
        var prefix = "ml-" + Long.toHexString(System.nanoTime());
        for (var table : SourceTable.values()) {
            PaneTopics.create(bootstrap, table.topic(prefix), 3);
        }
        var pins = SourceTable.PIN.topic(prefix);
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var connection = new Connection("embedded", bootstrap, new AuthSettings.Plaintext());
            robot.interact(() -> app.navigator().show(MessagesPane.KEY, Navigator.Target.connection(connection).topic(pins)));
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#messages-partitions")
                    .queryAs(javafx.scene.control.MenuButton.class).getItems().size() == 5));
            robot.interact(() -> robot.lookup("#messages-start-kind").queryAs(ComboBox.class).setValue(StartKind.LIVE));
            assertThat(FxRead.text(robot, "#messages-run")).isEqualTo("Tail");
            // The filter applies on the way in: only art and travel posts reach the table.
            robot.clickOn("#messages-expression").write("category in (\"art\", \"travel\")");
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#messages-progress-line")
                    .contains("Waiting for new messages"));

            var engine = emulator(prefix);
            engine.start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> read(robot) > 5_000);
                await().atMost(Duration.ofSeconds(10)).until(() -> rate(robot) > 0);
                List<Message> rows = FxRead.rows(robot, "#messages-table");
                assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(LiveTail.KEEP)
                        .allSatisfy(m -> assertThat(m.topic()).isEqualTo(pins))
                        .allSatisfy(m -> assertThat(MessagesPaneTest.text(m.value()))
                                .containsAnyOf("\"category\":\"art\"", "\"category\":\"travel\""));
                assertThat(matched(robot)).as("matched of read").isPositive().isLessThan(read(robot));
                Screenshots.save(app.scene(), "messages-live");

                robot.clickOn("#messages-pause");
                var frozen = FxRead.<Message>rows(robot, "#messages-table").get(0);
                var before = read(robot);
                await().atMost(Duration.ofSeconds(20)).until(() -> read(robot) > before + 1_000);
                assertThat(FxRead.<Message>rows(robot, "#messages-table").get(0)).as("paused: the table holds still")
                        .isEqualTo(frozen);
                robot.clickOn("#messages-pause");
                await().atMost(Duration.ofSeconds(10)).until(() -> !FxRead.<Message>rows(robot, "#messages-table")
                        .get(0).equals(frozen));
            } finally {
                engine.stop();
                engine.finished().get(60, TimeUnit.SECONDS);
            }
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(10)).until(() -> FxRead.text(robot, "#messages-run").equals("Tail"));
            assertThat(FxRead.rows(robot, "#messages-table")).as("the rows stay after Stop").isNotEmpty();
        }
    }

    private EmulatorEngine emulator(String prefix) {
        var stats = new EmulatorStats(prefix);
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        return new EmulatorEngine(RowSource.open(SourceSettings.sandbox(SandboxSource.create(home))),
                new KafkaSink(properties, prefix, new RowJson(DateTimeStyle.ISO), stats), stats,
                new EmulatorSettings(new Pacing.Max(), new Limit.None(), 7), EmulatorListener.NONE);
    }

    private static long read(org.testfx.api.FxRobot robot) {
        var m = READ.matcher(FxRead.text(robot, "#messages-progress-line"));
        return m.find() ? MessagesPaneTest.number(m.group(1)) : 0;
    }

    private static long matched(org.testfx.api.FxRobot robot) {
        var m = READ.matcher(FxRead.text(robot, "#messages-progress-line"));
        return m.find() ? MessagesPaneTest.number(m.group(2)) : 0;
    }

    private static long rate(org.testfx.api.FxRobot robot) {
        var m = RATE.matcher(FxRead.text(robot, "#messages-progress-line"));
        return m.find() ? MessagesPaneTest.number(m.group(1)) : 0;
    }
}
