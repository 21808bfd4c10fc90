package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.connections.Connection;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import io.pinpipe.testing.MskAccount;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import io.pinpipe.topics.TopicSummary;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Clusters pane in the real app: the list fills from a local MSK endpoint, a selected cluster shows its
 * bootstrap strings, and Connect opens Topics on the new connection (a fake cluster whose plaintext bootstrap
 * is the embedded broker, so the topics really load).
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClustersPaneTest {

    private final String bootstrap;
    private MskAccount account;
    private FakeMsk msk;
    private FakeCluster pipeline;
    private Path home;

    ClustersPaneTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @BeforeAll
    void start() throws Exception {
        pipeline = FakeCluster.provisioned("pinterest-msk", "us-east-1").withScram().topics("0a1b2c3d4e5f.pin", "0a1b2c3d4e5f.geo");
        account = MskAccount.open("clusters-pane");
        msk = account.msk();
        msk.add(pipeline, FakeCluster.serverless("events-serverless", "us-east-1"),
                FakeCluster.provisioned("analytics-new", "us-east-1").state("CREATING"),
                FakeCluster.provisioned("local-mirror", "us-east-1").unauthenticatedAt(bootstrap).brokers(1, "kafka.t3.small"));
        for (var i = 1; i <= 9; i++) {
            msk.add(FakeCluster.provisioned(String.format("team-%02d", i), "us-east-1"));
        }
        home = account.home();
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("mirror.clicks", 1, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            // left from an earlier run on the shared broker
        }
    }

    @AfterAll
    void stop() {
        account.close();
    }

    @Test
    void listFillsSelectionShowsBootstrapStringsAndConnectOpensTopics() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 13);
            assertThat(FxRead.text(robot, "#clusters-status")).isEqualTo("13 clusters in us-east-1");
            assertThat(FxRead.choice(robot, "#clusters-profile")).contains(FakeMsk.PROFILE);
            await().until(() -> cellText(robot, "events-serverless", "Brokers").isPresent());
            assertThat(cellText(robot, "events-serverless", "Brokers")).as("a serverless cluster has no brokers to count")
                    .contains("—");

            select(robot, table, "pinterest-msk");
            await().until(() -> robot.lookup("#bootstrap-iam-private").tryQuery().isPresent());
            assertThat(FxRead.text(robot, "#bootstrap-iam-private"))
                    .isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam"));
            assertThat(FxRead.text(robot, "#bootstrap-scram-public")).contains(":9196");
            await().until(() -> FxRead.rows(robot, "#cluster-topics").size() == 2);
            await().until(() -> FxRead.rows(robot, "#cluster-brokers").size() == 3);
            Screenshots.save(app.scene(), "clusters-pane");
            robot.clickOn("#theme-switch");
            Screenshots.save(app.scene(), "clusters-pane-dark");
            robot.clickOn("#theme-switch");

            robot.clickOn("#cluster-iam-policy");
            await().until(() -> robot.lookup("#policy-topic-prefix").tryQuery().isPresent());
            robot.clickOn("#policy-topic-prefix").write("0a1b2c3d4e5f.");
            var least = robot.lookup("#policy-least-privilege").queryAs(javafx.scene.control.TextArea.class);
            var topicArn = pipeline.arn().replace(":cluster/", ":topic/") + "/0a1b2c3d4e5f.*";
            await().until(() -> FxRead.text(robot, "#policy-least-privilege").contains(topicArn));
            assertThat(FxRead.text(robot, "#policy-replaced")).contains("\"kafka-cluster:*\"");
            Screenshots.save(least.getScene(), "clusters-iam-policy");
            robot.interact(() -> ((javafx.stage.Stage) least.getScene().getWindow()).close());

            select(robot, table, "local-mirror");
            await().until(() -> robot.lookup("#bootstrap-plaintext-private").tryQuery().isPresent()
                    && !FxRead.disabled(robot, "#cluster-connect"));
            robot.clickOn("#cluster-connect");

            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.get(() -> robot.lookup("#topics-table").tryQuery()
                    .map(javafx.scene.Node::isVisible).orElse(false)));
            ComboBox<Connection> picker = robot.lookup("#topics-connection").queryAs(ComboBox.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.get(() -> picker.getValue() != null
                    && picker.getValue().name().equals("local-mirror")));
            assertThat(FxRead.get(() -> picker.getValue().bootstrap())).isEqualTo(bootstrap);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.<TopicSummary>rows(robot, "#topics-table").stream()
                    .anyMatch(t -> t.name().equals("mirror.clicks")));
            assertThat(app.context().connections().byName("local-mirror")).isPresent();
            Screenshots.save(app.scene(), "clusters-connected-topics");
        }
        assertThat(msk.signatureProblems()).isEmpty();
    }

    private static java.util.Optional<String> cellText(FxRobot robot, String cluster, String column) {
        return FxRead.get(() -> robot.lookup("#clusters-table .table-cell").match((javafx.scene.control.TableCell<?, ?> cell) ->
                        cell.getTableRow() != null && cell.getTableRow().getItem() instanceof ClusterSummary row
                                && row.name().equals(cluster) && cell.getTableColumn().getText().equals(column))
                .tryQueryAs(javafx.scene.control.TableCell.class).map(javafx.scene.control.TableCell::getText));
    }

    private static void select(FxRobot robot, TableView<ClusterSummary> table, String name) {
        robot.interact(() -> {
            var row = table.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }
}
