package io.pinpipe.topics.view;

import io.pinpipe.client.ClusterClients;
import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.consumers.view.ResetTestGroups;
import io.pinpipe.consumers.TopicReader;
import io.pinpipe.settings.Theme;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.LayoutCheck;
import io.pinpipe.testing.RecordingNavigator;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.BackgroundWork;
import io.pinpipe.ui.ThemeApplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Topics pane's "Consumer groups" tab: who reads the selected topic, with what lag, and the jump to the group. */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
class TopicReadersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final FxRobot robot = new FxRobot();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private ExecutorService background;
    private ClusterClients clients;
    private TopicsViewModel model;
    private String bootstrap;

    @BeforeEach
    void connect(KafkaBroker broker) throws Exception {
        bootstrap = broker.bootstrap();
        background = Executors.newCachedThreadPool();
        clients = new ClusterClients(connection -> {
            var properties = new Properties();
            properties.setProperty("bootstrap.servers", connection.bootstrap());
            return properties;
        });
        var catalog = new ConnectionCatalog(() -> Optional.of(bootstrap), () -> 9092);
        model = new TopicsViewModel(new KafkaConnections(catalog, clients, connection -> SecretSource.none()),
                new Async(background, Platform::runLater, new BackgroundWork()), navigator);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void disconnect() throws Exception {
        FxToolkit.cleanupStages();
        clients.close();
        background.shutdownNow();
    }

    @Test
    void theDetailShowsTheTopicsReadersWithTheirLagAndOpensAGroupInConsumers() throws Exception {
        var topic = ResetTestGroups.unique("readers");
        var idle = ResetTestGroups.unique("readers-idle");
        var busy = ResetTestGroups.unique("readers-busy");
        ResetTestGroups.topic(bootstrap, topic, 2, 10);
        ResetTestGroups.committed(bootstrap, idle, topic, Map.of(0, 4L, 1, 10L));
        try (var member = ResetTestGroups.member(bootstrap, busy, "busy-member", topic)) {
            show(Theme.LIGHT, 1280, 800);
            select(topic);
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Groups")).queryLabeled());
            await().atMost(WAIT).until(() -> FxRead.<TopicReader>rows(robot, "#topic-readers-table").size() == 2);

            var readers = FxRead.<TopicReader>rows(robot, "#topic-readers-table");
            assertThat(readers).extracting(TopicReader::groupId).containsExactly(busy, idle);
            var idleRow = readers.get(1);
            assertThat(idleRow.lag()).as("6 messages of partition 0 not yet read").isEqualTo(OptionalLong.of(6));
            assertThat(idleRow.members()).isZero();
            assertThat(readers.get(0).members()).isEqualTo(1);
            // The rows are in the table's list before its cells are drawn on the next pulse.
            await("the lag shows in the table").atMost(WAIT).until(() -> robot.lookup("#topic-readers-table .table-cell")
                    .match(LabeledMatchers.hasText("6")).tryQuery().isPresent());
            assertThat(LayoutCheck.problems(robot.lookup("#topic-readers-table").query().getScene(), "readers 1280x800"))
                    .isEmpty();
            Screenshots.save(robot.lookup("#topic-readers-table").query().getScene(), "topic-readers-light");

            // The idle group catches up on partition 0: Refresh reads the readers again with the detail.
            ResetTestGroups.committed(bootstrap, idle, topic, Map.of(0, 10L, 1, 10L));
            robot.clickOn("#topics-refresh");
            await().atMost(WAIT).until(() -> FxRead.<TopicReader>rows(robot, "#topic-readers-table").stream()
                    .anyMatch(r -> r.groupId().equals(idle) && r.lag().equals(OptionalLong.of(0))));

            robot.doubleClickOn(robot.lookup("#topic-readers-table .table-cell").match(LabeledMatchers.hasText(idle)).queryLabeled());
            await().atMost(WAIT).until(() -> !navigator.shown().isEmpty());
            var shown = navigator.shown().get(0);
            assertThat(shown.paneKey()).isEqualTo("consumers");
            assertThat(shown.target().group()).contains(idle);
            assertThat(shown.target().connection()).isEqualTo(FxRead.get(() -> model.connectionProperty().get()));

            robot.clickOn(robot.lookup("#topic-readers-table .table-cell").match(LabeledMatchers.hasText(busy)).queryLabeled());
            robot.clickOn("#topic-readers-open");
            await().atMost(WAIT).until(() -> navigator.shown().size() == 2);
            assertThat(navigator.shown().get(1).target().group()).contains(busy);
        }
    }

    @Test
    void theReadersTabFitsAtTheSmallestWindowAndInTheDarkTheme() throws Exception {
        var topic = ResetTestGroups.unique("readers-dark");
        var group = ResetTestGroups.unique("readers-dark-group");
        ResetTestGroups.topic(bootstrap, topic, 3, 5);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 1L, 1, 2L, 2, 5L));
        show(Theme.DARK, 1280, 800);
        select(topic);
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Groups")).queryLabeled());
        await().atMost(WAIT).until(() -> FxRead.<TopicReader>rows(robot, "#topic-readers-table").size() == 1);
        assertThat(FxRead.<TopicReader>rows(robot, "#topic-readers-table").get(0).lag()).isEqualTo(OptionalLong.of(7));
        Screenshots.save(robot.lookup("#topic-readers-table").query().getScene(), "topic-readers-dark");

        FxToolkit.setupStage(stage -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var scene = robot.lookup("#topic-readers-table").query().getScene();
        assertThat(LayoutCheck.problems(scene, "readers 900x600 dark")).isEmpty();
        assertThat(FxRead.get(() -> {
            var tabs = robot.lookup("#topic-tabs").query();
            var first = robot.lookup("#topic-tabs .tab-label").match(LabeledMatchers.hasText("Partitions")).query();
            return first.localToScene(first.getBoundsInLocal()).getMinX() >= tabs.localToScene(tabs.getBoundsInLocal()).getMinX();
        })).as("the four tabs fit side by side, none scrolled away").isTrue();
        Screenshots.save(scene, "topic-readers-dark-900x600");
    }

    @Test
    void aGroupWhoseOffsetIsPastTheEndSaysSoWithAnExplanationNotLagZero() throws Exception {
        var topic = ResetTestGroups.unique("readers-past");
        var group = ResetTestGroups.unique("readers-past-group");
        ResetTestGroups.topic(bootstrap, topic, 1, 5);
        ResetTestGroups.committed(bootstrap, group, topic, Map.of(0, 50L));
        show(Theme.LIGHT, 1280, 800);
        select(topic);
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Groups")).queryLabeled());
        await().atMost(WAIT).until(() -> FxRead.<TopicReader>rows(robot, "#topic-readers-table").size() == 1);

        var reader = FxRead.<TopicReader>rows(robot, "#topic-readers-table").get(0);
        assertThat(reader.partitionsPastEnd()).isEqualTo(1);
        // The row is in the model before its cells are drawn: wait for the lag cell's text, then read it.
        await().atMost(WAIT).until(() -> robot.lookup("#topic-readers-table .table-cell")
                .match(LabeledMatchers.hasText("0 ⚠")).tryQuery().isPresent());
        var cell = robot.lookup("#topic-readers-table .table-cell").match(LabeledMatchers.hasText("0 ⚠"))
                .<javafx.scene.control.TableCell<?, ?>>tryQuery();
        assertThat(cell).as("the lag column marks past end, not a plain 0").isPresent();
        assertThat(FxRead.get(() -> cell.get().getTooltip() == null ? "" : cell.get().getTooltip().getText()))
                .startsWith("0 (1 partition past end). ").contains("beyond the log's end").contains("recreated");
        assertThat(TopicReadersTable.lag(reader)).isEqualTo("0 ⚠");
    }

    private void show(Theme theme, double width, double height) throws Exception {
        FxToolkit.setupStage(stage -> {
            var scene = new Scene(new TopicsView("Topics", "", model, () -> null), width, height);
            ThemeApplier.apply(theme, scene);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
    }

    private void select(String topic) {
        await().atMost(WAIT).until(() -> !FxRead.rows(robot, "#topics-table").isEmpty());
        robot.clickOn("#topics-filter").write(topic);
        await().atMost(WAIT).until(() -> robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText(topic))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText(topic)).queryLabeled());
        await().atMost(WAIT).until(() -> FxRead.text(robot, "#topic-detail-name").equals(topic));
    }
}
