package io.pinpipe.topics.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.Fit;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.topics.TopicSummary;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Topics pane's defects of issue #13, each driven through the real app on a real sandbox broker. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicsPaneFixesTest {

    private Path home;
    private String bootstrap;
    private int port;

    @BeforeAll
    void startTheSandbox() throws Exception {
        home = Files.createTempDirectory("pinpipe-topics-fixes");
        port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        bootstrap = new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port))
                .start().bootstrap();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("clicks", 3, (short) 1), new NewTopic("orders", 1, (short) 1),
                    new NewTopic("grow", 3, (short) 1), new NewTopic("doomed", 1, (short) 1))).all().get();
            await().atMost(Duration.ofSeconds(20)).until(() -> admin.listTopics().names().get()
                    .containsAll(List.of("clicks", "orders", "grow", "doomed")));
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("clicks", "user-" + i, "{\"click\":" + i + "}"));
            }
            producer.flush();
        }
    }

    @AfterAll
    void stopTheSandbox() {
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    /** D2: at the minimum window size every button is whole and inside the window, and no number is cut. */
    @Test
    void d2AtTheMinimumSizeNoButtonOrNumberIsCut() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            for (var size : List.of(new double[] {900, 600}, new double[] {1024, 700})) {
                resize(app, size[0], size[1]);
                awaitTopics(robot, 4);
                select(robot, "clicks");
                await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 3);
                WaitForAsyncUtils.waitForFxEvents();
                assertFits(app, "partitions at " + (int) size[0]);
                assertThat(FxRead.get(() -> hiddenColumns(robot.lookup("#topics-table").query())))
                        .as("the list shows every count column at " + (int) size[0]).isEmpty();
                tab(robot, "Configuration");
                assertFits(app, "configuration at " + (int) size[0]);
                tab(robot, "Messages");
                robot.clickOn("#peek-run");
                await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#peek-status").endsWith("newest messages"));
                WaitForAsyncUtils.waitForFxEvents();
                assertFits(app, "messages at " + (int) size[0]);
                Screenshots.save(app.scene(), "topics-fit-" + (int) size[0]);
                tab(robot, "Partitions");
            }
            resize(app, 1280, 800);
            Screenshots.save(app.scene(), "topics-1280");
            robot.clickOn("#theme-switch");
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(app.scene(), "topics-1280-dark");
            resize(app, 900, 600);
            assertFits(app, "dark at 900");
            Screenshots.save(app.scene(), "topics-900-dark");
            robot.clickOn("#theme-switch");
        }
    }

    /** D5: the window opens on Topics before the sandbox it starts is up; once it runs, Topics lists by itself. */
    @Test
    void d5TopicsListsByItselfOnceTheSandboxItOpenedBeforeRuns() throws Exception {
        var own = Files.createTempDirectory("pinpipe-topics-second-start");
        var ownPort = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(own).settingsFile())) {
            settings.update(s -> s.withSandboxPort(ownPort).withLastPane("topics").withStartSandboxOnOpen(true));
        }
        try (var app = RunningApp.start(own)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(90)).until(() -> app.context().sandbox().bootstrap().isPresent());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(FxRead.text(robot, "#topics-status"))
                    .as("error: " + FxRead.description(robot, "#topics-error")).matches("\\d+ topics?.*"));
            assertThat(FxRead.description(robot, "#topics-error")).as("no stale 'not running'").isEmpty();
            assertThat(FxRead.text(robot, "#status-connection")).startsWith("Sandbox · 127.0.0.1:");
        } finally {
            new SandboxBroker(AppPaths.under(own)).stop();
        }
    }

    /** D7: partitions added in the detail show in the list's row too. */
    @Test
    void d7AddedPartitionsShowInTheList() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 4);
            select(robot, "grow");
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 3);
            robot.clickOn("#topic-add-partitions");
            robot.clickOn("#add-partitions-total").push(KeyCode.CONTROL, KeyCode.A).write("6");
            robot.clickOn("#add-partitions-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 6);
            await().atMost(Duration.ofSeconds(10)).until(() -> row(robot, "grow").partitions() == 6);
            assertThat(FxRead.text(robot, "#topic-detail-name")).as("still selected").isEqualTo("grow");
            assertThat(FxRead.description(robot, "#topics-notice")).isEqualTo("Topic grow now has 6 partitions.");
        }
    }

    /** D8: a four-line error pushes the filter and the table down instead of lying over them. */
    @Test
    void d8AFourLineErrorTakesItsHeight() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            resize(app, 900, 600);
            awaitTopics(robot, 4);
            robot.clickOn("#topics-new-connection");
            robot.clickOn("#connection-name").write("Closed");
            robot.clickOn("#connection-bootstrap").write("127.0.0.1:1,127.0.0.1:2,127.0.0.1:3,127.0.0.1:4");
            robot.clickOn("#connection-auth").clickOn("Plaintext");
            robot.clickOn("#connection-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.choice(robot, "#topics-connection").contains("Closed"));
            robot.clickOn("#topics-test-connection");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.description(robot, "#topics-error").length() > 200);
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(app.scene(), "topics-long-error");
            var error = FxRead.get(() -> textBounds(robot.lookup("#topics-error").query()));
            var filter = FxRead.get(() -> Fit.sceneBounds(robot.lookup("#topics-filter").query()));
            var table = FxRead.get(() -> Fit.sceneBounds(robot.lookup("#topics-table").query()));
            assertThat(error.getHeight()).as("four lines or more").isGreaterThan(55);
            assertThat(error.getMinY()).as("below the filter").isGreaterThanOrEqualTo(filter.getMaxY());
            assertThat(error.getMaxY()).as("above the table").isLessThanOrEqualTo(table.getMinY());
        }
    }

    /** D9: a peek count that is not a number is explained next to the field, and nothing is squeezed. */
    @Test
    void d9ABadPeekCountIsExplainedAndNothingSqueezes() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            resize(app, 900, 600);
            awaitTopics(robot, 4);
            select(robot, "clicks");
            tab(robot, "Messages");
            robot.clickOn("#peek-count").push(KeyCode.CONTROL, KeyCode.A).write("abc");
            assertThat(FxRead.text(robot, "#peek-status")).isEqualTo("Type a whole number of messages from 1 to 10,000.");
            assertThat(FxRead.disabled(robot, "#peek-run")).isTrue();
            var squeezed = FxRead.get(() -> {
                var cut = new ArrayList<String>();
                Fit.each(robot.lookup("#peek-count").query().getParent(), node -> {
                    if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
                        node.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                                .filter(shown -> shown.endsWith("…") || shown.endsWith("..."))
                                .forEach(shown -> cut.add(labeled.getText() + " -> " + shown));
                    }
                });
                return cut;
            });
            assertThat(squeezed).isEmpty();
            Screenshots.save(app.scene(), "topics-peek-count-problem");
        }
    }

    /** D11: after another pane and back, the same topic is selected and its peeked messages are still there. */
    @Test
    void d11SelectionAndPeekSurviveAnotherPane() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 4);
            select(robot, "clicks");
            tab(robot, "Messages");
            robot.clickOn("#peek-run");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#peek-table").size() == 5);

            robot.clickOn("#nav-clusters");
            robot.clickOn("#nav-topics");
            await().atMost(Duration.ofSeconds(20)).until(() -> !FxRead.get(() -> ((javafx.scene.control.ProgressBar)
                    robot.lookup("#pane-topics .progress-bar").query()).isVisible()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(selectedTopic(robot)).isEqualTo("clicks");
            assertThat(FxRead.text(robot, "#topic-detail-name")).isEqualTo("clicks");
            assertThat(FxRead.rows(robot, "#peek-table")).hasSize(5);
            assertThat(FxRead.text(robot, "#peek-status")).isEqualTo("5 newest messages");
        }
    }

    /** D12: "Deleted topic X" is said as "Created" is; a banner goes with the next unrelated action; "1 day". */
    @Test
    void d12DeletingIsConfirmedBannersGoAndOneDayIsSingular() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 4);
            robot.clickOn("#topics-create");
            robot.clickOn("#create-name").write("made.here");
            robot.clickOn("#create-retention").write("86400000");
            assertThat(FxRead.text(robot, "#create-retention-note")).isEqualTo("= 1 day");
            robot.clickOn("#create-submit");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.description(robot, "#topics-notice")
                    .startsWith("Created made.here"));
            select(robot, "orders");
            assertThat(FxRead.description(robot, "#topics-notice")).as("gone with the next action").isEmpty();

            select(robot, "doomed");
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 1);
            robot.clickOn("#topic-delete");
            robot.clickOn("#delete-confirm-name").write("doomed");
            robot.clickOn("#delete-topic-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> !names(robot).contains("doomed"));
            assertThat(FxRead.description(robot, "#topics-notice")).isEqualTo("Deleted topic doomed.");
        }
    }

    /** Comforts: keys, the status bar's connection, the configuration's search and units, pipeline topics' shape. */
    @Test
    void keysStatusBarConfigurationAndPipelineShape() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 4);
            assertThat(FxRead.text(robot, "#status-connection")).isEqualTo("Sandbox · " + bootstrap);
            assertThat(FxRead.get(() -> List.copyOf(robot.lookup(".status-dot").query().getStyleClass())))
                    .as("the last listing went well").contains("online");

            robot.clickOn("#topics-table");
            robot.push(KeyCode.CONTROL, KeyCode.F).write("ord");
            await().atMost(Duration.ofSeconds(5)).until(() -> names(robot).equals(List.of("orders")));

            select(robot, "orders");
            robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText("orders")).queryLabeled());
            robot.push(KeyCode.DELETE);
            await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#delete-topic-dialog").tryQuery().isPresent());
            robot.push(KeyCode.ESCAPE);

            tab(robot, "Configuration");
            robot.clickOn("#configs-search").write("retention.ms");
            await().atMost(Duration.ofSeconds(5)).until(() -> configNames(robot).stream().allMatch(n -> n.contains("retention.ms"))
                    && configNames(robot).contains("retention.ms"));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(cells(robot, "#configs-table"))
                    .contains("604800000 (7 days)"));
            robot.clickOn("#configs-search").push(KeyCode.CONTROL, KeyCode.A).write("retention.bytes");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(cells(robot, "#configs-table"))
                    .contains("-1 (unlimited)", "-2 (same as retention.bytes)"));

            robot.push(KeyCode.CONTROL, KeyCode.N);
            await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#create-topic-dialog").tryQuery().isPresent());
            robot.push(KeyCode.ESCAPE);

            robot.clickOn("#topics-pipeline");
            robot.clickOn("#pipeline-prefix").write("0a1b2c3d4e5f");
            robot.clickOn("#pipeline-partitions").write("x");
            assertThat(FxRead.text(robot, "#pipeline-partitions-note")).isEqualTo("Partitions must be a whole number.");
            assertThat(FxRead.disabled(robot, "#pipeline-dialog-action")).isTrue();
            robot.push(KeyCode.BACK_SPACE).write("2");
            robot.clickOn("#pipeline-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.description(robot, "#topics-notice").startsWith("Created"));
        }
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var pin = admin.describeTopics(List.of("0a1b2c3d4e5f.pin")).allTopicNames().get().get("0a1b2c3d4e5f.pin");
            assertThat(pin.partitions()).hasSize(2);
        }
    }

    private static void assertFits(RunningApp app, String where) {
        var pane = (Parent) app.robot().lookup("#pane-topics").query();
        var cut = FxRead.get(() -> Fit.cutText(pane));
        var outside = FxRead.get(() -> Fit.buttonsOutside(pane));
        assertThat(cut).as("cut text, " + where).isEmpty();
        assertThat(outside).as("buttons outside the window, " + where).isEmpty();
    }

    /** Column headers of a table that lie outside it, e.g. pushed off by a name column too wide. */
    private static List<String> hiddenColumns(Node table) {
        var bounds = Fit.sceneBounds(table);
        return table.lookupAll(".column-header").stream()
                .filter(header -> header.getStyleClass().contains("table-column"))
                .filter(header -> Fit.sceneBounds(header).getMaxX() > bounds.getMaxX() + 0.5)
                .map(header -> header.getId() + " at " + Fit.sceneBounds(header)).toList();
    }

    /** The bounds of every text drawn inside a node, in the scene. */
    private static javafx.geometry.Bounds textBounds(Node root) {
        var texts = new ArrayList<javafx.geometry.Bounds>();
        Fit.each(root, node -> {
            if (node instanceof Text text && !text.getText().isEmpty() && Fit.shown(text)) {
                texts.add(text.localToScene(text.getBoundsInLocal()));
            }
        });
        var minY = texts.stream().mapToDouble(javafx.geometry.Bounds::getMinY).min().orElse(0);
        var maxY = texts.stream().mapToDouble(javafx.geometry.Bounds::getMaxY).max().orElse(0);
        return new javafx.geometry.BoundingBox(0, minY, 1, maxY - minY);
    }

    private static void resize(RunningApp app, double width, double height) throws Exception {
        FxToolkit.setupFixture(() -> {
            app.stage().setWidth(width);
            app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void select(FxRobot robot, String topic) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(names(robot))
                .as("filter '" + FxRead.text(robot, "#topics-filter") + "', status '" + FxRead.text(robot, "#topics-status")
                        + "', error '" + FxRead.description(robot, "#topics-error") + "'").contains(topic));
        FxRead.get(() -> {
            var table = robot.lookup("#topics-table").<TableView<TopicSummary>>query();
            var index = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).name().equals(topic)) {
                    index = i;
                }
            }
            table.scrollTo(index);
            return index;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText(topic)).queryLabeled());
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#topic-detail-name").equals(topic));
    }

    private static void tab(FxRobot robot, String name) {
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText(name)).queryLabeled());
    }

    private static List<String> cells(FxRobot robot, String table) {
        return FxRead.get(() -> robot.lookup(table + " .table-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()).filter(java.util.Objects::nonNull).toList());
    }

    private static String selectedTopic(FxRobot robot) {
        return FxRead.get(() -> {
            var selected = robot.lookup("#topics-table").<TableView<TopicSummary>>query().getSelectionModel().getSelectedItem();
            return selected == null ? "" : selected.name();
        });
    }

    private static int partitions(FxRobot robot) {
        return FxRead.rows(robot, "#partitions-table").size();
    }

    private static List<String> configNames(FxRobot robot) {
        return FxRead.<io.pinpipe.topics.TopicConfigValue>rows(robot, "#configs-table").stream()
                .map(io.pinpipe.topics.TopicConfigValue::name).toList();
    }

    private static void awaitTopics(FxRobot robot, int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot).size() >= atLeast);
    }

    private static TopicSummary row(FxRobot robot, String name) {
        return rows(robot).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<TopicSummary> rows(FxRobot robot) {
        return FxRead.rows(robot, "#topics-table");
    }

    private static List<String> names(FxRobot robot) {
        return rows(robot).stream().map(TopicSummary::name).toList();
    }
}
