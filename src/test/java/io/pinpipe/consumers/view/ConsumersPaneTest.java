package io.pinpipe.consumers.view;

import io.pinpipe.app.PinpipeApp;
import io.pinpipe.consumers.GroupMember;
import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.sandbox.SandboxBroker;
import io.pinpipe.sandbox.SandboxOptions;
import io.pinpipe.settings.AppPaths;
import io.pinpipe.settings.SettingsStore;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.PortRetry;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.workbench.Pane;
import javafx.scene.chart.LineChart;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Consumers pane against the local sandbox broker, with real consumers in groups, driven like a person would. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumersPaneTest {

    /** Unique per run: groups of an earlier run on the same broker never match. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "cp-orders-" + run;
    private final String emptyGroup = "cp-billing-" + run;
    private final String activeGroup = "cp-live-" + run;
    private final String internalGroup = "_cp-internal-" + run;
    /** Committed at 50 on a partition whose log ends at 10: past the end. */
    private final String pastEndGroup = "cp-beyond-" + run;
    private final AtomicBoolean polling = new AtomicBoolean(true);
    private Thread activeConsumer;
    private Path home;
    private String bootstrap;

    @BeforeAll
    void startTheSandboxWithGroups() throws Exception {
        home = Files.createTempDirectory("pinpipe-consumers-pane");
        var port = PortRetry.candidate();
        try (var settings = new SettingsStore(AppPaths.under(home).settingsFile())) {
            settings.update(s -> s.withSandboxPort(port).withLastPane("consumers").withStartSandboxOnOpen(false));
        }
        bootstrap = new SandboxBroker(AppPaths.under(home), SandboxOptions.defaults().withPreferredPort(port))
                .start().bootstrap();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            // 10 messages on each partition: log end 10 everywhere.
            for (int partition = 0; partition < 3; partition++) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i));
                }
            }
            producer.flush();
        }
        commit(emptyGroup, Map.of(0, 2L, 1, 5L, 2, 10L), "billing-run-1");
        commit(internalGroup, Map.of(0, 10L), "");
        commit(pastEndGroup, Map.of(0, 50L), "");
        activeConsumer = new Thread(this::readAlong, "cp-active-consumer");
        activeConsumer.setDaemon(true);
        activeConsumer.start();
        // Active only once it has its partitions and has committed.
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !admin.listConsumerGroupOffsets(activeGroup)
                    .partitionsToOffsetAndMetadata().get().isEmpty() && admin.describeConsumerGroups(List.of(activeGroup))
                    .all().get().get(activeGroup).members().size() == 1);
        }
    }

    /** A group with no members and these committed offsets, written by a consumer that assigns itself. */
    private void commit(String group, Map<Integer, Long> offsets, String metadata) {
        try (var consumer = consumer(group, "committer-" + run)) {
            var commits = new java.util.HashMap<TopicPartition, OffsetAndMetadata>();
            offsets.forEach((partition, offset) -> commits.put(new TopicPartition(topic, partition),
                    new OffsetAndMetadata(offset, metadata)));
            consumer.assign(commits.keySet());
            consumer.commitSync(commits);
        }
    }

    /** A member of the active group that reads everything and commits, until the tests end. */
    private void readAlong() {
        try (var consumer = consumer(activeGroup, "live-reader-" + run)) {
            consumer.subscribe(List.of(topic));
            while (polling.get()) {
                consumer.poll(Duration.ofMillis(200));
                consumer.commitSync();
            }
        }
    }

    private KafkaConsumer<String, String> consumer(String group, String clientId) {
        return new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
    }

    @AfterAll
    void stopTheSandbox() throws Exception {
        polling.set(false);
        if (activeConsumer != null) {
            activeConsumer.join(TimeUnit.SECONDS.toMillis(30));
        }
        new SandboxBroker(AppPaths.under(home)).stop();
    }

    @Test
    void theGroupsTableFillsAndFilters() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, emptyGroup, activeGroup);
            var billing = row(robot, emptyGroup);
            assertThat(billing.state()).isEqualTo("Empty");
            assertThat(billing.members()).isZero();
            assertThat(billing.totalLag()).isEqualTo(OptionalLong.of(8 + 5));
            assertThat(row(robot, activeGroup).members()).isEqualTo(1);
            assertThat(ids(robot)).as("internal groups are hidden at first").doesNotContain(internalGroup);

            robot.clickOn("#consumers-filter").write("cp-billing-" + run);

            assertThat(ids(robot)).containsExactly(emptyGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#consumers-status")
                    .startsWith("1 group match"));
            Screenshots.save(app.scene(), "consumers-filtered");
        }
    }

    @Test
    void selectingAGroupShowsItsMembersAndItsLagPerPartition() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, emptyGroup, activeGroup);
            robot.clickOn("#consumers-filter").write(run);

            select(robot, emptyGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot).size() == 3);
            var byPartition = partitions(robot).stream().sorted(java.util.Comparator.comparingInt(PartitionLag::partition)).toList();
            assertThat(byPartition).extracting(p -> p.committed().getAsLong()).containsExactly(2L, 5L, 10L);
            assertThat(byPartition).extracting(p -> p.logEnd().getAsLong()).containsExactly(10L, 10L, 10L);
            assertThat(byPartition).extracting(p -> p.lag().getAsLong()).containsExactly(8L, 5L, 0L);
            assertThat(byPartition).extracting(PartitionLag::metadata).containsOnly("billing-run-1");
            assertThat(cellTexts(robot, "#group-partitions-table")).contains("8", "5", "0");
            assertThat(members(robot)).isEmpty();
            assertThat(FxRead.text(robot, "#group-detail-summary")).startsWith("Empty").contains("total lag 13");
            Screenshots.save(app.scene(), "consumers-detail-partitions");

            select(robot, activeGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> members(robot).size() == 1);
            var member = members(robot).get(0);
            assertThat(member.clientId()).isEqualTo("live-reader-" + run);
            assertThat(member.assignment()).containsExactlyInAnyOrder(topic + "-0", topic + "-1", topic + "-2");
            assertThat(FxRead.text(robot, "#group-detail-active")).contains("live-reader-" + run);
            assertThat(FxRead.disabled(robot, "#group-reset-offsets")).as("no reset while it has members").isTrue();
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Members")).queryLabeled());
            Screenshots.save(app.scene(), "consumers-detail-members");
        }
    }

    @Test
    void theTogglesHideEmptyAndShowInternalGroups() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, emptyGroup, activeGroup);
            robot.clickOn("#consumers-filter").write(run);
            assertThat(ids(robot)).containsExactlyInAnyOrder(emptyGroup, activeGroup, pastEndGroup);

            robot.clickOn("#consumers-show-empty");
            assertThat(ids(robot)).containsExactly(activeGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#consumers-status")
                    .contains("empty hidden"));

            robot.clickOn("#consumers-show-empty").clickOn("#consumers-show-internal");
            assertThat(ids(robot)).containsExactlyInAnyOrder(emptyGroup, activeGroup, internalGroup, pastEndGroup);
        }
    }

    @Test
    void deletingAGroupNeedsItsIdTypedAndIsDisabledWhileItHasMembers() throws Exception {
        var doomed = "cp-doomed-" + run;
        commit(doomed, Map.of(0, 1L), "");
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, doomed, activeGroup);
            robot.clickOn("#consumers-filter").write(run);

            select(robot, activeGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> members(robot).size() == 1);
            robot.clickOn("#group-delete");
            assertThat(FxRead.description(robot, "#delete-group-active")).contains("live-reader-" + run);
            robot.clickOn("#delete-group-confirm").write(activeGroup);
            assertThat(FxRead.disabled(robot, "#delete-group-dialog-action"))
                    .as("an active group cannot be deleted, its id typed or not").isTrue();
            Screenshots.save(robot.lookup("#delete-group-dialog").query().getScene(), "consumers-delete-refused");
            robot.push(javafx.scene.input.KeyCode.ESCAPE);
            assertThat(ids(robot)).contains(activeGroup);

            select(robot, doomed);
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot).size() == 1);
            robot.clickOn("#group-delete");
            robot.clickOn("#delete-group-confirm").write(doomed.substring(0, doomed.length() - 1));
            assertThat(FxRead.disabled(robot, "#delete-group-dialog-action")).as("a typo deletes nothing").isTrue();
            robot.write(doomed.substring(doomed.length() - 1));
            robot.clickOn("#delete-group-dialog-action");

            await().atMost(Duration.ofSeconds(20)).until(() -> !ids(robot).contains(doomed));
            assertThat(ids(robot)).contains(emptyGroup, activeGroup);
            assertThat(FxRead.description(robot, "#consumers-notice")).startsWith("Deleted the group " + doomed);

            // Reading the groups again: the notice of the earlier delete goes.
            robot.clickOn("#consumers-refresh");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.description(robot, "#consumers-notice").isEmpty());
        }
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var left = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId()).toList();
            assertThat(left).doesNotContain(doomed).contains(activeGroup);
        }
    }

    @Test
    void anotherPaneOpensAGroupAndItIsSelected() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            robot.clickOn("#nav-topics");
            var sandbox = app.context().connections().localSandbox();
            robot.interact(() -> app.navigator().show(ConsumersPane.KEY, Navigator.Target.connection(sandbox)
                    .topic(topic).group(emptyGroup)));

            await().atMost(Duration.ofSeconds(30)).until(() -> FxRead.text(robot, "#group-detail-name").equals(emptyGroup)
                    && selected(robot) != null && selected(robot).groupId().equals(emptyGroup));
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot).size() == 3);
        }
    }

    @Test
    void theLagChartGainsAPointWithEverySample() throws Exception {
        try (var app = RunningApp.start(home, () -> {
            var panes = new ArrayList<Pane>();
            for (var pane : PinpipeApp.standardPanes()) {
                panes.add(pane.info().key().equals(ConsumersPane.KEY) ? new ConsumersPane(Duration.ofMillis(300)) : pane);
            }
            return List.copyOf(panes);
        })) {
            var robot = app.robot();
            awaitGroups(robot, emptyGroup);
            robot.clickOn("#consumers-filter").write(run);
            select(robot, emptyGroup);
            robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Lag chart")).queryLabeled());
            await().atMost(Duration.ofSeconds(20)).until(() -> points(robot) >= 1);
            var before = points(robot);

            await().atMost(Duration.ofSeconds(20)).until(() -> points(robot) > before);
            assertThat(lastLag(robot)).isEqualTo(13L);
            Screenshots.save(app.scene(), "consumers-lag-chart");

            // Another pane shown: sampling stops, so the chart gains nothing meanwhile.
            var chart = chart(robot);
            var model = model(robot);
            assertThat(FxRead.get(() -> model.detail().sampling())).as("sampling while the pane shows").isTrue();
            robot.clickOn("#nav-topics");
            assertThat(FxRead.get(() -> model.detail().sampling())).as("no sampling while the pane is hidden").isFalse();
            var whileAway = FxRead.get(() -> chart.getData().get(0).getData().size());
            var deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            await().atMost(Duration.ofSeconds(5)).until(() -> System.nanoTime() > deadline);
            assertThat(FxRead.get(() -> chart.getData().get(0).getData().size())).isEqualTo(whileAway);
        }
    }

    @Test
    void aGroupPastTheEndShowsZeroWithAMarkAndSaysWhyNeverANegativeLag() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, pastEndGroup);
            robot.clickOn("#consumers-filter").write(pastEndGroup);
            awaitIdle(robot);

            assertThat(row(robot, pastEndGroup).totalLag()).isEqualTo(OptionalLong.of(0));
            assertThat(row(robot, pastEndGroup).partitionsPastEnd()).isEqualTo(1);
            var cell = FxRead.get(() -> robot.lookup("#consumers-table .table-cell")
                    .match((javafx.scene.control.Labeled c) -> "0 ⚠".equals(c.getText()) && c.isVisible())
                    .<javafx.scene.control.TableCell<?, ?>>tryQuery());
            assertThat(cell).as("the total lag cell marks the partition past the end").isPresent();
            assertThat(FxRead.get(() -> cell.get().getTooltip().getText())).startsWith("0 (1 partition past end). ")
                    .contains("beyond the log's end");
            assertThat(cellTexts(robot, "#consumers-table")).noneMatch(text -> text.startsWith("-"));
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#consumers-status")
                    .contains("1 past end"));

            select(robot, pastEndGroup);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#group-detail-summary")
                    .contains("total lag 0 (1 partition past end)"));
            assertThat(cellTexts(robot, "#group-partitions-table")).contains("past end").noneMatch(t -> t.startsWith("-"));
        }
    }

    @Test
    void aReadThatFailsUnderAShownDetailSaysSoAndTheNextGoodReadClearsIt() throws Exception {
        var vanishing = "cp-vanishing-" + run;
        commit(vanishing, Map.of(0, 4L), "");
        try (var app = RunningApp.start(home, ConsumersPaneTest::fastSampling)) {
            var robot = app.robot();
            awaitGroups(robot, vanishing);
            robot.clickOn("#consumers-filter").write(vanishing);
            select(robot, vanishing);
            await().atMost(Duration.ofSeconds(20)).until(() -> partitions(robot).size() == 1);
            assertThat(FxRead.text(robot, "#group-detail-warning")).isEmpty();

            try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.deleteConsumerGroups(List.of(vanishing)).all().get(30, TimeUnit.SECONDS);
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#group-detail-warning")
                    .startsWith("Could not read the group at "));
            assertThat(FxRead.text(robot, "#group-detail-warning")).contains("numbers below are from the last good read");
            assertThat(FxRead.get(() -> robot.lookup("#group-detail-warning").query().isVisible())).isTrue();
            assertThat(partitions(robot)).as("the last good read still shows").hasSize(1);
            Screenshots.save(app.scene(), "consumers-detail-read-failed");

            commit(vanishing, Map.of(0, 4L), "");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#group-detail-warning").isEmpty());
        }
    }

    @Test
    void stopDuringTheLagInTimeLeavesNoRowBeingRead() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            awaitGroups(robot, emptyGroup);
            awaitIdle(robot);
            var fresh = "cp-stopped-" + run;
            commit(fresh, Map.of(1, 3L), "");
            var model = model(robot);
            var stopShown = new AtomicBoolean(false);
            var pressed = new AtomicBoolean(false);
            robot.interact(() -> model.loadingProperty().addListener((obs, old, loading) -> {
                // The listing is done and the second phase runs: the person presses Stop now.
                if (!loading && model.readingTimeLagsProperty().get() && !pressed.getAndSet(true)) {
                    var stop = (javafx.scene.control.Button) robot.lookup("#consumers-stop").query();
                    stopShown.set(stop.isVisible());
                    stop.fire();
                }
            }));

            robot.clickOn("#consumers-refresh");
            await().atMost(Duration.ofSeconds(40)).until(() -> ids(robot).contains(fresh) && pressed.get());
            awaitIdle(robot);

            assertThat(stopShown).as("Stop shows while the lag in time is read").isTrue();
            assertThat(row(robot, fresh).timeLag().why()).isEqualTo("stopped before it was read");
            assertThat(FxRead.<GroupSummary>rows(robot, "#consumers-table"))
                    .noneMatch(g -> LagWords.NOT_READ_YET.equals(g.timeLag().why()));
            assertThat(cellTexts(robot, "#consumers-table")).doesNotContain("…");
        }
    }

    private static List<Pane> fastSampling() {
        var panes = new ArrayList<Pane>();
        for (var pane : PinpipeApp.standardPanes()) {
            panes.add(pane.info().key().equals(ConsumersPane.KEY) ? new ConsumersPane(Duration.ofMillis(300)) : pane);
        }
        return List.copyOf(panes);
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> chart(FxRobot robot) {
        return (LineChart<Number, Number>) robot.lookup("#group-lag-chart").query();
    }

    @SuppressWarnings("unchecked")
    private static int points(FxRobot robot) {
        return FxRead.get(() -> ((LineChart<Number, Number>) robot.lookup("#group-lag-chart").query())
                .getData().get(0).getData().size());
    }

    @SuppressWarnings("unchecked")
    private static long lastLag(FxRobot robot) {
        return FxRead.get(() -> {
            var data = ((LineChart<Number, Number>) robot.lookup("#group-lag-chart").query()).getData().get(0).getData();
            return data.get(data.size() - 1).getYValue().longValue();
        });
    }

    private static void awaitGroups(FxRobot robot, String... groups) {
        await().atMost(Duration.ofSeconds(40)).until(() -> ids(robot).containsAll(List.of(groups)));
    }

    /** Clicks the group's visible cell: the table keeps spare cells with old text out of sight. */
    private static void select(FxRobot robot, String group) {
        java.util.function.Predicate<javafx.scene.control.Labeled> shown = cell -> group.equals(cell.getText())
                && cell.isVisible() && cell.getParent() != null && cell.getParent().isVisible();
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.get(() -> robot.lookup("#consumers-table .table-cell")
                .match(shown::test).tryQuery().isPresent()));
        // Clicked once the listing and the lag in time are read, as a person would: the last rows are in place then.
        awaitIdle(robot);
        robot.clickOn(robot.lookup("#consumers-table .table-cell").match(shown::test).queryLabeled());
        await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#group-detail-name").equals(group));
    }

    private static ConsumersViewModel model(FxRobot robot) {
        return FxRead.get(() -> ((ConsumersView) robot.lookup((javafx.scene.Node node) -> node instanceof ConsumersView).query())
                .model());
    }

    /** Neither the listing nor the lag in time being read: the rows will not change by themselves. */
    private static void awaitIdle(FxRobot robot) {
        var model = model(robot);
        await().atMost(Duration.ofSeconds(40)).until(() -> FxRead.get(() -> model.idleProperty().get()));
    }

    private static GroupSummary selected(FxRobot robot) {
        return FxRead.get(() -> robot.lookup("#consumers-table").<GroupSummary>queryTableView()
                .getSelectionModel().getSelectedItem());
    }

    private static GroupSummary row(FxRobot robot, String group) {
        return FxRead.<GroupSummary>rows(robot, "#consumers-table").stream().filter(g -> g.groupId().equals(group))
                .findFirst().orElseThrow();
    }

    private static List<String> ids(FxRobot robot) {
        return FxRead.<GroupSummary>rows(robot, "#consumers-table").stream().map(GroupSummary::groupId).toList();
    }

    private static List<PartitionLag> partitions(FxRobot robot) {
        return FxRead.rows(robot, "#group-partitions-table");
    }

    private static List<GroupMember> members(FxRobot robot) {
        return FxRead.rows(robot, "#group-members-table");
    }

    private static List<String> cellTexts(FxRobot robot, String table) {
        return FxRead.get(() -> robot.lookup(table + " .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).filter(java.util.Objects::nonNull).toList());
    }
}
