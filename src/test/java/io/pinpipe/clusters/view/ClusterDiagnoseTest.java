package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.testing.ClosedPort;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import io.pinpipe.testing.MskAccount;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.testing.DoctorDialogReader;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Diagnose in the Clusters detail of the real app: the doctor runs on the connection Connect would make, without
 * saving it. One fake cluster's plaintext bootstrap is the embedded broker (all green), another's a closed port.
 */
@Tag("slow")
@ExtendWith(EmbeddedKafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterDiagnoseTest {

    private final String bootstrap;
    private MskAccount account;
    private FakeMsk msk;
    private Path home;
    /** Where the unreachable clusters' brokers are: refuses connections, and nothing else can listen there meanwhile. */
    private final ClosedPort closedPort = ClosedPort.open();
    private int closed;

    ClusterDiagnoseTest(KafkaBroker broker) {
        this.bootstrap = broker.bootstrap();
    }

    @BeforeAll
    void start() throws Exception {
        closed = closedPort.port();
        account = MskAccount.open("cluster-diagnose");
        msk = account.msk();
        msk.add(FakeCluster.provisioned("local-mirror", "us-east-1").unauthenticatedAt(bootstrap).brokers(1, "kafka.t3.small"),
                FakeCluster.provisioned("walled-off", "us-east-1").unauthenticatedAt("127.0.0.1:" + closed),
                FakeCluster.provisioned("scram-only", "us-east-1").scramOnlyAt("127.0.0.1:" + closed));
        home = account.home();
    }

    @AfterAll
    void stop() {
        account.close();
        closedPort.close();
    }

    @Test
    void diagnoseRunsTheDoctorOnTheConnectionConnectWouldMakeWithoutSavingIt() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var doctor = DoctorDialogReader.anywhere(robot);
            TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 3);

            select(robot, table, "local-mirror");
            await().until(() -> !FxRead.disabled(robot, "#cluster-diagnose"));
            assertThat(FxRead.get(() -> robot.lookup("#cluster-vpc-only").query().isVisible())).as("no public bootstrap string").isTrue();
            Screenshots.save(app.scene(), "clusters-diagnose");
            robot.clickOn("#cluster-diagnose");
            doctor.awaitFinished();
            assertThat(doctor.text("#doctor-verdict")).isEqualTo("All 4 steps passed");
            for (var step : List.of("resolve", "tcp", "authenticate", "metadata")) {
                assertThat(doctor.state(step)).as(step).isEqualTo("passed");
            }
            assertThat(doctor.text("#doctor-step-metadata-details")).isEqualTo("Broker 1 at " + bootstrap + ", controller: reachable");
            Screenshots.save(robot.lookup("#doctor-dialog").query().getScene(), "clusters-doctor-all-green");
            robot.clickOn("#doctor-close");
            assertThat(app.context().connections().saved()).as("Diagnose saves nothing").isEmpty();

            select(robot, table, "walled-off");
            await().until(() -> FxRead.get(() -> robot.lookup("#cluster-vpc-diagnose").tryQuery()
                    .map(link -> link.isVisible() && !link.isDisabled()).orElse(false)));
            robot.clickOn("#cluster-vpc-diagnose");
            doctor.awaitFinished();
            assertThat(doctor.state("resolve")).isEqualTo("passed");
            assertThat(doctor.state("tcp")).isEqualTo("failed");
            assertThat(doctor.text("#doctor-step-tcp-message")).isEqualTo("Nothing is listening at 127.0.0.1:" + closed
                    + " (connection refused)");
            assertThat(doctor.state("authenticate")).isEqualTo("skipped");
            assertThat(doctor.text("#doctor-verdict")).isEqualTo("1 of 4 steps passed");
            Screenshots.save(robot.lookup("#doctor-dialog").query().getScene(), "clusters-doctor-refused");
            robot.clickOn("#doctor-close");
        }
        assertThat(msk.signatureProblems()).isEmpty();
    }

    @Test
    void aScramClusterAsksForTheUserAndAOneRunPasswordFirst() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            var doctor = DoctorDialogReader.anywhere(robot);
            TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 3);
            select(robot, table, "scram-only");
            await().until(() -> !FxRead.disabled(robot, "#cluster-diagnose"));
            robot.clickOn("#cluster-diagnose");
            await().until(() -> FxRead.get(() -> robot.lookup("#scram-user").tryQuery().isPresent()));
            var ok = robot.lookup("#scram-prompt .button").queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(javafx.scene.control.Button::isDefaultButton).findFirst().orElseThrow();
            assertThat(FxRead.get(ok::isDisabled)).as("no user yet").isTrue();
            robot.clickOn("#scram-user").write("alice");
            robot.clickOn("#scram-password").write("alice-secret");
            Screenshots.save(robot.lookup("#scram-prompt").query().getScene(), "clusters-diagnose-scram");
            robot.clickOn(ok);

            doctor.awaitFinished();
            assertThat(doctor.text("#doctor-step-authenticate .doctor-step-title"))
                    .isEqualTo("Authenticate (SASL/SCRAM as alice)");
            assertThat(doctor.state("tcp")).isEqualTo("failed");
            assertThat(doctor.disabled("#doctor-copy")).isFalse();
            robot.clickOn("#doctor-copy");
            assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get())
                    .contains("scram-only").doesNotContain("alice-secret");
            robot.clickOn("#doctor-close");
            assertThat(app.context().connections().saved()).isEmpty();
        }
    }

    private static void select(FxRobot robot, TableView<ClusterSummary> table, String name) {
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()));
    }
}
