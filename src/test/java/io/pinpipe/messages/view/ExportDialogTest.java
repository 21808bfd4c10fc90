package io.pinpipe.messages.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.ProduceTestKafka;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.StartPosition;
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
import javafx.stage.Stage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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

/** The export dialog against a real broker: the selected messages, or all matches of a search, to a file. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class ExportDialogTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String bootstrap;
    private static ProduceTestKafka kafka;
    private static ClusterClient client;
    private static ExecutorService background;
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;

    @BeforeAll
    static void connect(KafkaBroker broker) throws Exception {
        bootstrap = broker.bootstrap();
        kafka = new ProduceTestKafka(bootstrap);
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
    void allMatchesOfTheSearchAreWrittenToTheFileAndTheOutcomeSaysHowMany() throws Exception {
        var topic = kafka.topic("dialog-export", 2);
        fill(topic, 40);
        var search = new BrowseRequest(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL,
                BrowseRequest.DEFAULT_PAGE_SIZE, ScanLimit.DEFAULT);
        var model = open(topic, List.of(), Optional.of(search), Theme.LIGHT);
        await().atMost(WAIT).until(() -> FxRead.text(robot, "#export-estimate").contains("scans up to 40 messages"));
        var file = folder.resolve("all.jsonl");

        assertThat(FxRead.disabled(robot, "#export-run")).as("no file chosen yet").isTrue();
        FxToolkit.setupFixture(() -> model.fileProperty().set(Optional.of(file)));
        assertThat(FxRead.text(robot, "#export-format")).startsWith("Written as JSON lines");
        robot.clickOn("#export-run");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#export-outcome").isEmpty());

        assertThat(FxRead.description(robot, "#export-outcome")).isEqualTo("Exported 40 messages to " + file);
        assertThat(Files.readAllLines(file)).hasSize(40).allSatisfy(line -> assertThat(line).startsWith("{\"partition\":"));
        assertThat(DialogOnScreen.problems(robot, "#export-dialog", "#export-outcome", "#export-close")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "export dialog, light")).isEmpty();
        Screenshots.save(dialogScene(), "export-dialog-done-light");
    }

    @Test
    void theSelectedMessagesGoToACsvFile() throws Exception {
        var at = Instant.parse("2026-12-07T21:00:00Z");
        var selected = List.of(
                new Message("t", 0, 5, at, TimestampType.CREATE_TIME, utf8("k1"), utf8("a, \"quoted\" value"), List.of()),
                new Message("t", 1, 9, at, TimestampType.CREATE_TIME, null, utf8("plain"), List.of()));
        var search = new BrowseRequest("t", List.of(), new StartPosition.Oldest(), MessageFilter.ALL,
                BrowseRequest.DEFAULT_PAGE_SIZE, ScanLimit.DEFAULT);
        var model = open("t", selected, Optional.of(search), Theme.DARK);
        var file = folder.resolve("chosen.csv");

        FxToolkit.setupFixture(() -> model.fileProperty().set(Optional.of(file)));
        assertThat(FxRead.text(robot, "#export-format")).startsWith("Written as CSV");
        Screenshots.save(dialogScene(), "export-dialog-ready-dark");
        robot.clickOn("#export-run");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#export-outcome").isEmpty());

        assertThat(FxRead.description(robot, "#export-outcome")).isEqualTo("Exported 2 messages to " + file);
        assertThat(Files.readString(file)).isEqualTo("partition,offset,timestamp,timestampType,key,value,headers\r\n"
                + "0,5,2026-12-07T21:00:00Z,CREATE_TIME,k1,\"a, \"\"quoted\"\" value\",\r\n"
                + "1,9,2026-12-07T21:00:00Z,CREATE_TIME,,plain,\r\n");
        assertThat(DialogOnScreen.problems(robot, "#export-dialog", "#export-outcome", "#export-close")).isEmpty();
        assertThat(LayoutCheck.problems(dialogScene(), "export dialog, dark")).isEmpty();
        Screenshots.save(dialogScene(), "export-dialog-done-dark");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedInTheBanner() throws Exception {
        var at = Instant.parse("2026-12-07T21:00:00Z");
        var selected = List.of(new Message("t", 0, 5, at, TimestampType.CREATE_TIME, null, utf8("v"), List.of()));
        var model = open("t", selected, Optional.empty(), Theme.LIGHT);
        var notAFolder = Files.writeString(folder.resolve("plain.txt"), "x");

        FxToolkit.setupFixture(() -> model.fileProperty().set(Optional.of(notAFolder.resolve("out.jsonl"))));
        robot.clickOn("#export-run");
        await().atMost(WAIT).until(() -> !FxRead.description(robot, "#export-failure").isEmpty());

        assertThat(FxRead.description(robot, "#export-failure")).contains("the folder " + notAFolder + " cannot be written");
        assertThat(FxRead.disabled(robot, "#export-all")).as("no search to repeat").isTrue();
        Screenshots.save(dialogScene(), "export-dialog-failed-light");
    }

    private void fill(String topic, int count) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (var i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, i % 2, "k" + i, "{\"n\": " + i + "}"));
            }
            producer.flush();
        }
    }

    private ExportViewModel open(String topic, List<Message> selected, Optional<BrowseRequest> search, Theme theme) throws Exception {
        var owner = FxToolkit.setupStage(stage -> {
            var scene = new Scene(new Label("owner"), 1280, 800);
            stage.setWidth(1280);
            stage.setHeight(800);
            ThemeApplier.apply(theme, scene);
            stage.setScene(scene);
            stage.show();
        });
        var model = FxToolkit.setupFixture(() -> new ExportViewModel(() -> client,
                new Async(background, Platform::runLater, new BackgroundWork()), topic, selected, search));
        FxToolkit.setupFixture(() -> ExportDialog.show((Stage) owner, model));
        await().atMost(WAIT).until(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private Scene dialogScene() {
        return FxRead.get(() -> robot.lookup("#export-dialog").query().getScene());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
