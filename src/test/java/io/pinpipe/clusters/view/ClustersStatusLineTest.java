package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import io.pinpipe.testing.MskAccount;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While Clusters shows, the status bar names where it looks and the cluster it works on, in the tone of the last
 * answer; another pane gets the sandbox's line back.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClustersStatusLineTest {

    private MskAccount account;
    private FakeMsk msk;
    private Path home;

    @BeforeAll
    void start() throws Exception {
        account = MskAccount.open("clusters-status");
        msk = account.msk();
        msk.add(FakeCluster.provisioned("pinterest-msk", "us-east-1"), FakeCluster.provisioned("locked-down", "us-east-1"));
        msk.denyBootstrapBrokers("locked-down");
        home = account.home();
    }

    @AfterAll
    void stop() {
        account.close();
    }

    @Test
    void statusBarNamesProfileRegionAndSelectedClusterWhileClustersShows() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 2);
            await().until(() -> FxRead.text(robot, "#status-connection").equals("MSK · " + FakeMsk.PROFILE + "/us-east-1"));

            select(robot, "pinterest-msk");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#status-connection")
                    .equals("MSK · " + FakeMsk.PROFILE + "/us-east-1 · pinterest-msk") && dot(robot).contains("online"));
            Screenshots.save(app.scene(), "clusters-status-line");

            select(robot, "locked-down");
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.text(robot, "#status-connection")
                    .endsWith(" · locked-down") && dot(robot).contains("failed"));

            robot.clickOn("#nav-sandbox");
            await().until(() -> FxRead.text(robot, "#status-connection").startsWith("Local sandbox"));
            robot.clickOn("#nav-clusters");
            await().until(() -> FxRead.text(robot, "#status-connection").endsWith(" · locked-down"));
        }
    }

    private static void select(FxRobot robot, String name) {
        TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(c -> c.name().equals(name)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row)));
    }

    private static List<String> dot(FxRobot robot) {
        return FxRead.get(() -> List.copyOf(robot.lookup(".status-dot").query().getStyleClass()));
    }
}
