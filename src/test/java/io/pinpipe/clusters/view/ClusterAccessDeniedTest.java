package io.pinpipe.clusters.view;

import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import io.pinpipe.testing.MskAccount;
import io.pinpipe.testing.FxRead;
import io.pinpipe.testing.RunningApp;
import io.pinpipe.testing.Screenshots;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cluster whose GetBootstrapBrokers IAM denies (403 AccessDeniedException, as AWS answers it): the pane shows, in
 * words a person can read on screen, which action was denied and what to do, and the buttons that need the bootstrap
 * brokers say why they are disabled.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterAccessDeniedTest {

    private MskAccount account;
    private FakeMsk msk;
    private Path home;

    @BeforeAll
    void start() throws Exception {
        account = MskAccount.open("clusters-denied");
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
    void deniedBootstrapBrokersSaysWhatWasDeniedAndWhyTheButtonsAreDisabled() throws Exception {
        try (var app = RunningApp.start(home)) {
            var robot = app.robot();
            await().atMost(Duration.ofSeconds(20)).until(() -> FxRead.rows(robot, "#clusters-table").size() == 2);
            TableView<ClusterSummary> table = robot.lookup("#clusters-table").queryAs(TableView.class);
            robot.interact(() -> table.getItems().stream().filter(c -> c.name().equals("locked-down")).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row)));
            await().atMost(Duration.ofSeconds(20)).until(() -> msk.requests("bootstrap-brokers").stream().anyMatch(r -> r.status() == 403)
                    && FxRead.get(() -> shownText(robot.lookup("#cluster-detail").query())).contains("kafka:GetBootstrapBrokers"));
            robot.interact(() -> { });
            Screenshots.save(app.scene(), "clusters-access-denied");

            var shown = FxRead.get(() -> shownText(robot.lookup("#cluster-detail").query()));
            assertThat(shown).as("the words drawn inside the warning box")
                    .contains("Access denied").contains("may not call kafka:GetBootstrapBrokers")
                    .contains("Add kafka:GetBootstrapBrokers to its IAM policy");
            assertThat(FxRead.disabled(robot, "#cluster-diagnose")).isTrue();
            assertThat(FxRead.disabled(robot, "#cluster-client-properties")).isTrue();
            assertThat(FxRead.text(robot, "#cluster-actions-why"))
                    .as("a disabled button shows no tooltip, so the reason is written next to the buttons")
                    .contains("bootstrap brokers");
            assertThat(FxRead.get(() -> robot.lookup("#cluster-actions-why").query().isVisible())).isTrue();

            robot.interact(() -> { app.stage().setWidth(900); app.stage().setHeight(600); });
            robot.clickOn("#theme-switch");
            robot.interact(() -> { });
            Screenshots.save(app.scene(), "clusters-access-denied-900-dark");
            assertThat(FxRead.get(() -> shownText(robot.lookup("#cluster-detail").query())))
                    .contains("may not call kafka:GetBootstrapBrokers");
            robot.clickOn("#theme-switch");
        }
        assertThat(msk.signatureProblems()).isEmpty();
    }

    /** Every visible, drawn piece of text under a node, in order: what a person can actually read there. */
    private static String shownText(Node root) {
        var parts = new ArrayList<String>();
        collect(root, parts);
        return String.join(" ", parts);
    }

    private static void collect(Node node, List<String> parts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && text.getBoundsInParent().getWidth() > 0 && text.getBoundsInParent().getHeight() > 0) {
            parts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, parts));
        }
    }
}
