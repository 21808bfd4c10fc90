package io.pinpipe.messages.view;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.messages.Message;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.workbench.Navigator;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Messages pane on a real broker, driven as a person would: search, stop, pages, bad input. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagesPaneTest {

    /** Over ScanLimit.DEFAULT's million: the search asks first. */
    static final int BIG = 1_100_000;
    private static final Pattern PROGRESS = Pattern.compile("Scanned ([\\d,]+) · matched ([\\d,]+)");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String big = "mp-big-" + run;
    private final String small = "mp-small-" + run;
    private final String bootstrap;
    private Path home;

    MessagesPaneTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @BeforeAll
    void topics() throws Exception {
        home = Files.createTempDirectory("pinpipe-messages-pane");
        PaneTopics.create(bootstrap, small, 1);
        PaneTopics.fill(bootstrap, small, 1, 250, i -> "{\"n\":" + i + ",\"country\":\"" + (i % 2 == 0 ? "Chad" : "Peru")
                + "\"}");
        PaneTopics.create(bootstrap, big, 3);
        // A needle every 9,000 messages: about 120 in all, never a full page before the end.
        PaneTopics.fill(bootstrap, big, 3, BIG, i -> (i % 9_000 == 4_500 ? "needle " : "hay ") + i);
    }

    private Connection connection() {
        return new Connection("embedded", bootstrap, new AuthSettings.Plaintext());
    }

    private RunningApp open(String topic) throws Exception {
        var app = RunningApp.start(home);
        var robot = app.robot();
        robot.interact(() -> app.navigator().show(MessagesPane.KEY, Navigator.Target.connection(connection()).topic(topic)));
        await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#messages-partitions")
                .queryAs(javafx.scene.control.MenuButton.class).getItems().size() > 2));
        return app;
    }

    @Test
    void aLargeSearchAsksFirstShowsProgressAndStopKeepsTheMatchesSoFar() throws Exception {
        try (var app = open(big)) {
            var robot = app.robot();
            robot.interact(() -> kind(robot).setValue(StartKind.OLDEST));
            robot.clickOn("#messages-contains").write("needle");
            robot.clickOn("#messages-run");

            await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.description(robot, "#messages-over-limit").isEmpty());
            assertThat(FxRead.description(robot, "#messages-over-limit"))
                    .startsWith("This search may scan 1.1 million messages");
            assertThat(FxRead.rows(robot, "#messages-table")).as("nothing is read before the choice").isEmpty();
            Screenshots.save(app.scene(), "messages-over-limit");
            assertThat(EverySizeOf.problems(app, "over-limit")).as("cut off or outside the window").isEmpty();

            // Stop as soon as the first match is counted: mid-scan, on the FX thread, with no robot delay. On a slow
            // machine the progress line can reach the FX thread only once the scan has ended: then search again.
            var stopped = new AtomicBoolean();
            var line = robot.lookup("#messages-progress-line").queryAs(Label.class);
            var stop = robot.lookup("#messages-run").queryAs(Button.class);
            robot.interact(() -> line.textProperty().addListener((obs, old, text) -> {
                var m = PROGRESS.matcher(text);
                if (!stopped.get() && "Stop".equals(stop.getText()) && m.find() && number(m.group(2)) >= 1) {
                    stopped.set(true);
                    stop.fire();
                }
            }));
            for (int attempt = 1; attempt <= 3; attempt++) {
                if (attempt > 1) {
                    stopped.set(false);
                    robot.clickOn("#messages-run");
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> !FxRead.description(robot, "#messages-over-limit").isEmpty());
                }
                robot.clickOn("#messages-scan-all");
                await().atMost(Duration.ofSeconds(30)).until(() -> stopped.get()
                        || FxRead.text(robot, "#messages-run").equals("Stop"));
                await().atMost(Duration.ofSeconds(60)).until(() -> FxRead.text(robot, "#messages-run").equals("Search"));
                if (FxRead.text(robot, "#messages-status").startsWith("Stopped:")) {
                    break;
                }
            }
            assertThat(FxRead.text(robot, "#messages-status")).startsWith("Stopped:");
            var progress = PROGRESS.matcher(FxRead.text(robot, "#messages-progress-line"));
            assertThat(progress.find()).isTrue();
            assertThat(number(progress.group(1))).as("scanned when stopped").isPositive().isLessThan(BIG);
            List<Message> rows = FxRead.rows(robot, "#messages-table");
            assertThat(rows).as("the matches so far").isNotEmpty().hasSize((int) number(progress.group(2)))
                    .allSatisfy(m -> assertThat(text(m.value())).startsWith("needle "));
            assertThat(FxRead.text(robot, "#messages-run")).isEqualTo("Search");
            Screenshots.save(app.scene(), "messages-stopped");
        }
    }

    @Test
    void olderAndNewerPageThroughTheMatches() throws Exception {
        try (var app = open(small)) {
            var robot = app.robot();
            robot.interact(() -> kind(robot).setValue(StartKind.OLDEST));
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-page").equals("page 1"));
            assertThat(offsets(robot)).hasSize(100).startsWith(0L).endsWith(99L);
            assertThat(FxRead.disabled(robot, "#messages-newer")).isFalse();

            robot.clickOn("#messages-newer");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-page").equals("page 2"));
            assertThat(offsets(robot)).hasSize(100).startsWith(100L).endsWith(199L);
            robot.clickOn("#messages-newer");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-page").equals("page 3"));
            assertThat(offsets(robot)).hasSize(50).startsWith(200L).endsWith(249L);

            robot.clickOn("#messages-older");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-page").equals("page 2"));
            assertThat(offsets(robot)).hasSize(100).startsWith(100L).endsWith(199L);

            robot.interact(() -> robot.lookup("#messages-table").queryAs(javafx.scene.control.TableView.class)
                    .getSelectionModel().select(0));
            await().until(() -> FxRead.text(robot, "#messages-detail-value").contains("\"n\""));
            assertThat(FxRead.text(robot, "#messages-detail-where")).startsWith("Partition 0 · offset 100");
            Screenshots.save(app.scene(), "messages-results");
            robot.clickOn("#theme-switch");
            Screenshots.save(app.scene(), "messages-results-dark");
            robot.clickOn("#theme-switch");
            robot.clickOn("#messages-more");
            assertThat(EverySizeOf.problems(app, "results")).as("cut off or outside the window").isEmpty();
        }
    }

    @Test
    void aStartOffsetOutOfRangeNamesTheValidRangeAndReadsNothing() throws Exception {
        try (var app = open(small)) {
            var robot = app.robot();
            robot.interact(() -> kind(robot).setValue(StartKind.OFFSET));
            robot.doubleClickOn("#messages-start").eraseText(3).write("5000");
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> !FxRead.text(robot, "#messages-start-problem").isEmpty());
            assertThat(FxRead.text(robot, "#messages-start-problem")).contains("5,000").contains("0 to 249");
            assertThat(FxRead.rows(robot, "#messages-table")).isEmpty();

            robot.interact(() -> kind(robot).setValue(StartKind.TIME));
            robot.doubleClickOn("#messages-start").eraseText(20).write("next tuesday");
            assertThat(FxRead.text(robot, "#messages-start-problem")).as("a date-time that does not parse, as typed")
                    .contains("next tuesday");
        }
    }

    @Test
    void aBadFilterShowsItsColumnNextToTheFieldAndChangesNothingThenAGoodOneIsSavedForTheTopic() throws Exception {
        try (var app = open(small)) {
            var robot = app.robot();
            robot.interact(() -> kind(robot).setValue(StartKind.OLDEST));
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-page").equals("page 1"));
            var before = offsets(robot);
            var status = FxRead.text(robot, "#messages-status");

            robot.clickOn("#messages-expression").write("country = \"Chad\" and n >");
            await().until(() -> !FxRead.text(robot, "#messages-expression-problem").isEmpty());
            assertThat(FxRead.text(robot, "#messages-expression-problem")).containsIgnoringCase("column ");
            robot.clickOn("#messages-run");
            assertThat(offsets(robot)).as("a bad filter reads nothing").isEqualTo(before);
            assertThat(FxRead.text(robot, "#messages-status")).isEqualTo(status);
            Screenshots.save(app.scene(), "messages-bad-filter");

            robot.clickOn("#messages-expression").push(javafx.scene.input.KeyCode.END).write(" 200");
            await().until(() -> FxRead.text(robot, "#messages-expression-problem").isEmpty());
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#messages-status")
                    .startsWith("24 matches"));
            assertThat(FxRead.<Message>rows(robot, "#messages-table")).allSatisfy(m ->
                    assertThat(text(m.value())).contains("Chad"));

            robot.clickOn("#messages-saved").clickOn("#messages-save-filter");
            await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
            robot.clickOn(".dialog-pane .text-field").write("chad").push(javafx.scene.input.KeyCode.ENTER);
            await().atMost(Duration.ofSeconds(10)).until(() -> new io.pinpipe.messages.filter.SavedFilters(
                    app.paths().configDir()).of(small).stream().anyMatch(f -> f.name().equals("chad")
                    && f.spec().expression().equals("country = \"Chad\" and n > 200")));
        }
    }

    @Test
    void topicsOpensTheTopicInMessages() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            // Saved, as a person's connection is: the Topics pane lists the saved ones.
            app.context().connections().save(connection(), false);
            robot.interact(() -> app.navigator().show("topics", Navigator.Target.connection(connection())));
            robot.clickOn("#topics-filter").write(small);
            await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#topics-table .table-cell")
                    .match(org.testfx.matcher.control.LabeledMatchers.hasText(small)).tryQuery().isPresent());
            robot.clickOn(robot.lookup("#topics-table .table-cell")
                    .match(org.testfx.matcher.control.LabeledMatchers.hasText(small)).queryLabeled());
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#topic-detail-name").equals(small));
            robot.clickOn(robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Messages"))
                    .queryLabeled());
            robot.clickOn("#peek-open-messages");

            await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#messages-table").tryQuery().isPresent());
            assertThat(FxRead.choice(robot, "#messages-topic")).isEqualTo(small);
            assertThat(FxRead.choice(robot, "#messages-connection")).contains("embedded");
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.rows(robot, "#messages-table").size() == 100);
        }
    }

    @Test
    void sendAgainProducesTheSelectedMessageAndShowsItsOffset() throws Exception {
        var topic = "mp-again-" + run;
        PaneTopics.create(bootstrap, topic, 1);
        PaneTopics.fill(bootstrap, topic, 1, 3, i -> "{\"n\":" + i + "}");
        try (var app = open(topic)) {
            var robot = app.robot();
            robot.interact(() -> kind(robot).setValue(StartKind.OLDEST));
            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.rows(robot, "#messages-table").size() == 3);
            robot.interact(() -> robot.lookup("#messages-table").queryAs(javafx.scene.control.TableView.class)
                    .getSelectionModel().select(1));
            robot.clickOn("#messages-send-again");
            await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#produce-dialog").tryQuery().isPresent());
            assertThat(FxRead.text(robot, "#produce-key")).isEqualTo("k1");
            assertThat(FxRead.text(robot, "#produce-value")).contains("\"n\"").contains("1");
            robot.clickOn("#produce-send");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.get(() -> robot.lookup("#produce-results")
                    .queryAs(javafx.scene.control.ListView.class).getItems().stream()
                    .anyMatch(line -> ((ProduceViewModel.ResultLine) line).text()
                            .contains("Sent to partition 0 at offset 3"))));
            Screenshots.save(robot.lookup("#produce-dialog").query().getScene(), "messages-send-again");
            robot.clickOn("#produce-close");

            robot.clickOn("#messages-run");
            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.rows(robot, "#messages-table").size() == 4);
            assertThat(text(FxRead.<Message>rows(robot, "#messages-table").get(3).key())).isEqualTo("k1");
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<StartKind> kind(FxRobot robot) {
        return robot.lookup("#messages-start-kind").queryAs(ComboBox.class);
    }

    private static List<Long> offsets(FxRobot robot) {
        return FxRead.<Message>rows(robot, "#messages-table").stream().map(Message::offset).toList();
    }

    static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
