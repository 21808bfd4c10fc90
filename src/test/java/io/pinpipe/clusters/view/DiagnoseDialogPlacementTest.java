package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.DialogOnScreen;
import io.pinpipe.testing.DoctorDialogReader;
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

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #13, "Diagnose dialog off-screen (x = -108) when opened from Clusters": with the main window against the
 * screen's top-left corner, the doctor opens on the screen with its buttons in reach.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnoseDialogPlacementTest {

    private final ClosedPort closedPort = ClosedPort.open();
    private MskAccount account;
    private FakeMsk msk;
    private Path home;

    @BeforeAll
    void start() throws Exception {
        account = MskAccount.open("diagnose-placement");
        msk = account.msk();
        msk.add(FakeCluster.provisioned("walled-off", "us-east-1").unauthenticatedAt("127.0.0.1:" + closedPort.port()));
        home = account.home();
    }

    @AfterAll
    void stop() {
        account.close();
        closedPort.close();
    }

    @Test
    void theDoctorOpensOnTheScreenWhenTheWindowIsAtItsTopLeftCorner() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            robot.interact(() -> {
                app.stage().setX(0);
                app.stage().setY(0);
                app.stage().setWidth(900);
                app.stage().setHeight(600);
            });
            TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 1);
            robot.interact(() -> table.getSelectionModel().select(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> FxRead.get(() -> robot.lookup("#cluster-vpc-diagnose").tryQuery()
                    .map(link -> link.isVisible() && !link.isDisabled()).orElse(false)));
            robot.clickOn("#cluster-vpc-diagnose");
            DoctorDialogReader.anywhere(robot).awaitFinished();

            assertThat(DialogOnScreen.problems(robot, "#doctor-dialog", "#doctor-verdict", "#doctor-close", "#doctor-again"))
                    .as("the doctor at " + DialogOnScreen.size(robot, "#doctor-dialog")).isEmpty();
            Screenshots.save(robot.lookup("#doctor-dialog").query().getScene(), "dialog-doctor-top-left");
            robot.clickOn("#doctor-close");
        }
    }
}
