package io.pinpipe.messages.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.ProduceTestKafka;
import io.pinpipe.messages.TimestampType;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The produce dialog against a real broker, driven like a person would. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class ProduceDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ProduceTestKafka kafka;
    private static ClusterClient client;
    private static ExecutorService background;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @BeforeAll
    static void connect(KafkaBroker broker) throws Exception {
        kafka = new ProduceTestKafka(broker.bootstrap());
        client = kafka.client();
        background = Executors.newCachedThreadPool();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void disconnect() {
        client.close();
        kafka.close();
        background.shutdownNow();
    }

    @AfterEach
    void closeTheDialog() throws Exception {
        FxToolkit.setupFixture(() -> javafx.stage.Window.getWindows().stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(window -> (javafx.scene.control.DialogPane) window.getScene().getRoot()).toList()
                .forEach(pane -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CLOSE)).fire()));
        FxToolkit.cleanupStages();
    }

    @Test
    void invalidJsonIsNamedBesideTheValueAndSendShowsTheResultingOffset() throws Exception {
        var topic = kafka.topic("dialog-produce", 3);
        open(topic, List.of(0, 1, 2), Optional.empty(), Theme.LIGHT);

        robot.clickOn("#produce-key").write("user-7");
        robot.clickOn("#produce-format-json");
        robot.clickOn("#produce-value").write("{\"country\": }");
        assertThat(FxRead.text(robot, "#produce-value-note"))
                .isEqualTo("Value is not JSON: line 1, column 13: unexpected character '}'");
        assertThat(FxRead.disabled(robot, "#produce-send")).isTrue();
        Screenshots.save(dialogScene(), "produce-dialog-invalid-light");

        robot.eraseText(1).write("\"Albania\"}");
        robot.clickOn("#produce-headers").write("trace=abc");
        robot.clickOn("#produce-partition").clickOn("Partition 1");
        robot.clickOn("#produce-send");
        await().atMost(WAIT).until(() -> results().size() == 1);

        assertThat(results()).containsExactly(new ProduceViewModel.ResultLine(true, "Sent to partition 1 at offset 0"));
        assertThat(FxRead.text(robot, "#produce-status")).isEqualTo("Sent 1 message.");
        assertThat(kafka.endOffsets(topic, 3)).isEqualTo(Map.of(0, 0L, 1, 1L, 2, 0L));
        assertThat(kafka.consoleConsumer(topic, 1)).containsExactly(ProduceTestKafka.consoleLine(1,
                List.of(Message.Header.of("trace", "abc")), utf8("user-7"), utf8("{\"country\": \"Albania\"}")));
        assertThat(DialogOnScreen.problems(robot, "#produce-dialog", "#produce-results", "#produce-close")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "produce dialog, light")).isEmpty();
        Screenshots.save(dialogScene(), "produce-dialog-sent-light");
    }

    @Test
    void sendAgainFillsTheFormAndARepeatCountListsEachOffset() throws Exception {
        var topic = kafka.topic("dialog-again", 2);
        var earlier = new Message(topic, 1, 7, Instant.now(), TimestampType.CREATE_TIME, utf8("order-9"),
                utf8("{\n  \"total\": 12.5\n}"), List.of(Message.Header.of("source", "web")));
        open(topic, List.of(0, 1), Optional.of(earlier), Theme.DARK);

        assertThat(FxRead.text(robot, "#produce-key")).isEqualTo("order-9");
        assertThat(FxRead.choice(robot, "#produce-partition")).isEqualTo("Partition 1");
        robot.doubleClickOn("#produce-repeat .text-field").write("3");
        robot.clickOn("#produce-value").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        await().atMost(WAIT).until(() -> results().size() == 3);

        assertThat(results()).extracting(ProduceViewModel.ResultLine::text).containsExactly(
                "Sent to partition 1 at offset 0", "Sent to partition 1 at offset 1", "Sent to partition 1 at offset 2");
        assertThat(DialogOnScreen.problems(robot, "#produce-dialog", "#produce-results", "#produce-close")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "produce dialog, dark")).isEmpty();
        Screenshots.save(dialogScene(), "produce-dialog-sent-dark");
    }

    @Test
    void theRepeatFieldTakesDigitsOnlyAndAZeroCountIsNamedAndNotSent() throws Exception {
        var topic = kafka.topic("dialog-repeat", 1);
        open(topic, List.of(0), Optional.empty(), Theme.LIGHT);
        robot.clickOn("#produce-value").write("v");

        robot.doubleClickOn("#produce-repeat .text-field").write("1O");
        assertThat(FxRead.text(robot, "#produce-repeat .text-field")).isEqualTo("1");

        robot.doubleClickOn("#produce-repeat .text-field").write("0");
        assertThat(FxRead.text(robot, "#produce-repeat-note")).isEqualTo("Repeat must be a whole number from 1 to 100000");
        assertThat(FxRead.disabled(robot, "#produce-send")).isTrue();

        robot.doubleClickOn("#produce-repeat .text-field").write("2");
        assertThat(FxRead.disabled(robot, "#produce-send")).isFalse();
        robot.clickOn("#produce-send");
        await().atMost(WAIT).until(() -> results().size() == 2);
        assertThat(kafka.endOffsets(topic, 1)).isEqualTo(Map.of(0, 2L));
    }

    @Test
    void theTombstoneBoxSendsANullValue() throws Exception {
        var topic = kafka.topic("dialog-tombstone", 1);
        open(topic, List.of(0), Optional.empty(), Theme.LIGHT);

        robot.clickOn("#produce-key").write("gone");
        robot.clickOn("#produce-tombstone");
        assertThat(FxRead.disabled(robot, "#produce-value")).isTrue();
        robot.clickOn("#produce-send");
        await().atMost(WAIT).until(() -> results().size() == 1);

        assertThat(kafka.consoleConsumer(topic, 1)).containsExactly(ProduceTestKafka.consoleLine(0, List.of(), utf8("gone"), null));
    }

    @Test
    void aFileWithABadLineIsNamedByNumberAndNothingIsSentThenAGoodOneIsSent() throws Exception {
        var topic = kafka.topic("dialog-file", 2);
        var model = open(topic, List.of(0, 1), Optional.empty(), Theme.LIGHT);
        var bad = Files.writeString(folder.resolve("bad.jsonl"), "{\"value\": \"a\"}\n{\"value\": \"b\"}\nnot json\n");
        var good = Files.writeString(folder.resolve("good.jsonl"),
                "{\"value\": \"a\", \"partition\": 0}\n{\"key\": \"k\", \"value\": {\"n\": 1}, \"partition\": 1}\n");

        FxToolkit.setupFixture(() -> model.produceFile(bad));
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#produce-failure").isEmpty());
        assertThat(FxRead.description(robot, "#produce-failure")).startsWith("Line 3 is not JSON: column 1: ");
        assertThat(kafka.endOffsets(topic, 2)).isEqualTo(Map.of(0, 0L, 1, 0L));
        Screenshots.save(dialogScene(), "produce-dialog-bad-file-light");

        FxToolkit.setupFixture(() -> model.produceFile(good));
        await().atMost(WAIT).until(() -> FxRead.text(robot, "#produce-status").startsWith("Sent 2 messages"));
        assertThat(FxRead.description(robot, "#produce-failure")).isEmpty();
        assertThat(results()).extracting(ProduceViewModel.ResultLine::text)
                .containsExactly("Sent to partition 0 at offset 0", "Sent to partition 1 at offset 0");
        assertThat(FxRead.text(robot, "#produce-status")).isEqualTo("Sent 2 messages from good.jsonl.");
    }

    @Test
    void aPartitionThatVanishedIsRefusedInTheBanner() throws Exception {
        var topic = kafka.topic("dialog-partition", 1);
        open(topic, List.of(0, 1, 2), Optional.empty(), Theme.LIGHT);

        robot.clickOn("#produce-value").write("v");
        robot.clickOn("#produce-partition").clickOn("Partition 2");
        robot.clickOn("#produce-send");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#produce-failure").isEmpty());

        assertThat(FxRead.description(robot, "#produce-failure"))
                .isEqualTo("Partition 2 does not exist in topic '" + topic + "': its partitions are only 0; nothing was sent");
        assertThat(kafka.endOffsets(topic, 1)).isEqualTo(Map.of(0, 0L));
    }

    private List<ProduceViewModel.ResultLine> results() {
        return FxRead.get(() -> List.copyOf(robot.lookup("#produce-results").<ListView<ProduceViewModel.ResultLine>>query().getItems()));
    }

    private ProduceViewModel open(String topic, List<Integer> partitions, Optional<Message> prefill, Theme theme) throws Exception {
        var owner = FxToolkit.setupStage(stage -> {
            var scene = new Scene(new Label("owner"), 1280, 800);
            stage.setWidth(1280);
            stage.setHeight(800);
            ThemeApplier.apply(theme, scene);
            stage.setScene(scene);
            stage.show();
        });
        var model = FxToolkit.setupFixture(() -> new ProduceViewModel(() -> client,
                new Async(background, Platform::runLater, new BackgroundWork()), topic, partitions, prefill));
        FxToolkit.setupFixture(() -> ProduceDialog.show((Stage) owner, model));
        await().atMost(WAIT).until(() -> robot.lookup("#produce-dialog").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private Scene dialogScene() {
        return FxRead.get(() -> robot.lookup("#produce-dialog").query().getScene());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
