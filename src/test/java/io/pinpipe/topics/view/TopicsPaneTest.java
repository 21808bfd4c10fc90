package io.pinpipe.topics.view;

import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.topics.TopicSummary;
import javafx.scene.input.KeyCode;
import org.testfx.matcher.control.LabeledMatchers;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Topics pane against the local sandbox broker, driven like a person would. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicsPaneTest {

    private Path home;
    private String bootstrap;

    @BeforeAll
    void startTheSandbox() throws Exception {
        home = Files.createTempDirectory("pinpipe-topics-pane");
        // Only the port the sandbox tries first: it takes another when that one is busy, and says which.
        var port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("topics").withStartSandboxOnOpen(false));
        }
        bootstrap = new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port))
                .start().bootstrap();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("orders.eu", 1, (short) 1), new NewTopic("orders.us", 1, (short) 1),
                    new NewTopic("clicks", 3, (short) 1))).all().get();
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

    @Test
    void filterNarrowsTheListAndInternalTopicsStayHidden() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 3);
            assertThat(names(robot)).contains("clicks", "orders.eu", "orders.us")
                    .as("internal topics are hidden").noneMatch(name -> name.startsWith("__"));

            robot.clickOn("#topics-filter").write("orders");

            assertThat(names(robot)).containsExactly("orders.eu", "orders.us");
            assertThat(text(robot, "#topics-status")).startsWith("2 topics match");
            Screenshots.save(app.scene(), "topics-filtered");
        }
    }

    @Test
    void aTopicCreatedThroughTheDialogAppearsInTheList() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 3);

            robot.clickOn("#topics-create");
            robot.clickOn("#create-name").write("bad name!");
            assertThat(text(robot, "#create-name-note")).contains("letters, digits");
            assertThat(FxRead.disabled(robot, "#create-submit")).isTrue();
            Screenshots.save(robot.lookup("#create-topic-dialog").query().getScene(), "topics-create-invalid");

            robot.clickOn("#create-name").push(KeyCode.CONTROL, KeyCode.A).write("payments");
            assertThat(text(robot, "#create-name-note")).isEmpty();
            robot.clickOn("#create-partitions").write("4");
            assertThat(FxRead.disabled(robot, "#create-submit")).isFalse();
            robot.clickOn("#create-submit");

            await().atMost(Duration.ofSeconds(20)).until(() -> names(robot).contains("payments"));
            var created = rows(robot).stream().filter(t -> t.name().equals("payments")).findFirst().orElseThrow();
            assertThat(created.partitions()).isEqualTo(4);
        }
    }

    @Test
    void badInputInTheCreateDialogIsExplainedAndChangesNothing() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 3);
            var before = names(robot);
            robot.clickOn("#topics-create");
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#create-replication-note").isEmpty()
                    && robot.lookup("#create-topic-dialog").tryQuery().isPresent());

            robot.clickOn("#create-name").write("orders.eu");
            robot.clickOn("#create-partitions").write("0");
            assertThat(text(robot, "#create-partitions-note")).isEqualTo("Partitions must be from 1 to 100000.");
            assertThat(FxRead.disabled(robot, "#create-submit")).isTrue();
            robot.push(KeyCode.BACK_SPACE).write("2");

            robot.clickOn("#create-replication").write("3");
            await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#create-replication-note").startsWith("At most 1"));
            assertThat(FxRead.disabled(robot, "#create-submit")).isTrue();
            robot.push(KeyCode.BACK_SPACE).write("1");

            assertThat(text(robot, "#create-name-note")).isEqualTo("Topic 'orders.eu' already exists");
            assertThat(FxRead.disabled(robot, "#create-submit")).isTrue();

            // A topic someone else creates while the dialog is open: the broker refuses, the form stays.
            robot.clickOn("#create-name").push(KeyCode.CONTROL, KeyCode.A).write("late.arrival");
            try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic("late.arrival", 1, (short) 1))).all().get();
            }
            robot.clickOn("#create-submit");
            await().atMost(Duration.ofSeconds(20)).until(() -> message(robot, "#create-refusal").contains("already exists"));
            assertThat(FxRead.get(() -> robot.lookup("#create-topic-dialog").tryQuery().isPresent())).as("the dialog stays open").isTrue();
            assertThat(FxRead.text(robot, "#create-name"))
                    .as("nothing typed is lost").isEqualTo("late.arrival");
            Screenshots.save(robot.lookup("#create-topic-dialog").query().getScene(), "topics-create-refused");
            robot.push(KeyCode.ESCAPE);
            assertThat(names(robot)).as("the refused form created nothing").containsExactlyElementsOf(before);
        }
    }

    @Test
    void pipelineTopicsAreCreatedAndOneAlreadyThereIsNamed() throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("0a1b2c3d4e5f.geo", 1, (short) 1))).all().get();
            // Created is not yet listed: the pane's first listing must see it, as the four rows below expect.
            await().atMost(Duration.ofSeconds(20)).until(() -> admin.describeTopics(List.of("0a1b2c3d4e5f.geo"))
                    .allTopicNames().get().containsKey("0a1b2c3d4e5f.geo") && admin.listTopics().names().get()
                    .contains("0a1b2c3d4e5f.geo"));
        }
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 4);
            robot.clickOn("#topics-pipeline");
            robot.clickOn("#pipeline-prefix").write("0a1b2c3d4e5f");
            robot.clickOn("#pipeline-dialog-action");

            await().atMost(Duration.ofSeconds(20)).until(() -> message(robot, "#topics-notice").contains("Already there"));
            assertThat(message(robot, "#topics-notice")).isEqualTo("Created 0a1b2c3d4e5f.pin, 0a1b2c3d4e5f.user. "
                    + "Already there, left as they were: 0a1b2c3d4e5f.geo.");
            await().atMost(Duration.ofSeconds(20)).until(() -> names(robot).containsAll(
                    List.of("0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.geo", "0a1b2c3d4e5f.user")));
        }
    }

    @Test
    void aNewConnectionIsCheckedSavedWithoutSecretsAndListsItsTopics() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 3);
            robot.clickOn("#topics-new-connection");
            robot.clickOn("#connection-name").write("Staging");
            robot.clickOn("#connection-bootstrap").write("localhost:notaport");
            assertThat(text(robot, "#connection-problem")).isNotEmpty();
            assertThat(FxRead.disabled(robot, "#connection-dialog-action")).isTrue();
            robot.clickOn("#connection-auth").clickOn("Plaintext");

            robot.clickOn("#connection-bootstrap").push(KeyCode.CONTROL, KeyCode.A).write("127.0.0.1:1");
            assertThat(text(robot, "#connection-problem")).isEmpty();
            robot.clickOn("#connection-test");
            await().atMost(Duration.ofSeconds(20)).until(() -> !text(robot, "#connection-test-result").equals("Testing…")
                    && !text(robot, "#connection-test-result").isEmpty());
            assertThat(text(robot, "#connection-test-result")).contains("127.0.0.1:1");
            Screenshots.save(robot.lookup("#connection-dialog").query().getScene(), "connection-dialog");

            robot.clickOn("#connection-bootstrap").push(KeyCode.CONTROL, KeyCode.A).write(bootstrap);
            robot.clickOn("#connection-dialog-action");

            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.choice(robot, "#topics-connection").contains("Staging"));
            awaitTopics(robot, 3);
            assertThat(names(robot)).contains("clicks", "orders.eu");
        }
        var saved = Files.readString(AppPaths.under(home).configDir().resolve("connections.json"));
        assertThat(saved).contains("Staging").contains(bootstrap);
    }

    @Test
    void aTopicGetsMorePartitionsAChangedConfigAndIsDeletedOnlyWhenItsNameIsTyped() throws Exception {
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // Overridden, so it is listed first in the configuration table.
            admin.createTopics(List.of(new NewTopic("scratch", 1, (short) 1)
                    .configs(Map.of("retention.ms", "86400000")))).all().get();
        }
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(30)).until(() -> names(robot).contains("scratch"));
            robot.clickOn("#topics-filter").write("scratch");
            robot.clickOn(robot.lookup("#topics-table .table-cell").match(LabeledMatchers.hasText("scratch")).queryLabeled());
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 1);

            robot.clickOn("#topic-add-partitions");
            robot.clickOn("#add-partitions-total").push(KeyCode.CONTROL, KeyCode.A).write("1");
            assertThat(text(robot, "#add-partitions-note")).contains("enter more than 1");
            assertThat(FxRead.disabled(robot, "#add-partitions-dialog-action")).isTrue();
            robot.push(KeyCode.BACK_SPACE).write("3");
            robot.clickOn("#add-partitions-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot) == 3);

            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Configuration")).queryLabeled());
            robot.doubleClickOn(robot.lookup("#configs-table .table-cell").match(LabeledMatchers.hasText("retention.ms"))
                    .queryLabeled());
            robot.clickOn("#edit-config-value").push(KeyCode.CONTROL, KeyCode.A).write("3600000");
            robot.clickOn("#edit-config-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> configValue(robot, "retention.ms").equals("3600000"));

            robot.clickOn("#topic-delete");
            robot.clickOn("#delete-confirm-name").write("scratc");
            assertThat(FxRead.disabled(robot, "#delete-topic-dialog-action")).isTrue();
            robot.write("h");
            robot.clickOn("#delete-topic-dialog-action");
            await().atMost(Duration.ofSeconds(20)).until(() -> !names(robot).contains("scratch"));
        }
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            assertThat(admin.listTopics().names().get()).doesNotContain("scratch");
        }
    }

    private static int partitions(FxRobot robot) {
        return FxRead.rows(robot, "#partitions-table").size();
    }

    private static String configValue(FxRobot robot, String name) {
        return FxRead.<io.pinpipe.topics.TopicConfigValue>rows(robot, "#configs-table").stream()
                .filter(c -> c.name().equals(name)).findFirst().flatMap(c -> c.value()).orElse("");
    }

    @Test
    void peekShowsTheProducedMessages() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitTopics(robot, 3);
            robot.clickOn("clicks");
            await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#topic-detail-name").equals("clicks"));
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Messages")).queryLabeled());
            robot.clickOn("#peek-run");

            await().atMost(Duration.ofSeconds(20)).until(() -> text(robot, "#peek-status"),
                    status -> !status.isEmpty() && !status.startsWith("Reading"));
            assertThat(text(robot, "#peek-status")).isEqualTo("5 newest messages");
            assertThat(peeked(robot)).hasSize(5);
            Screenshots.save(app.scene(), "topics-peek");
        }
    }

    private static void awaitTopics(FxRobot robot, int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(robot).size() >= atLeast);
    }

    private static List<TopicSummary> rows(FxRobot robot) {
        return FxRead.rows(robot, "#topics-table");
    }

    private static List<String> names(FxRobot robot) {
        return rows(robot).stream().map(TopicSummary::name).toList();
    }

    private static List<?> peeked(FxRobot robot) {
        return FxRead.rows(robot, "#peek-table");
    }

    private static String message(FxRobot robot, String id) {
        return FxRead.description(robot, id);
    }

    private static String text(FxRobot robot, String id) {
        return FxRead.text(robot, id);
    }
}
