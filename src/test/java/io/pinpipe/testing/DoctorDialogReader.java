package io.pinpipe.testing;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/**
 * Reads the connection doctor dialog as a person sees it: every read runs on the FX thread, so it never sees the
 * dialog shown but its run not yet started, or a step's state changed but its message not yet.
 */
public final class DoctorDialogReader {

    private static final List<String> STATES = List.of("pending", "running", "passed", "failed", "skipped");

    private final Function<String, NodeQuery> lookup;

    private DoctorDialogReader(Function<String, NodeQuery> lookup) {
        this.lookup = lookup;
    }

    /** The doctor dialog, wherever it is open. */
    public static DoctorDialogReader anywhere(FxRobot robot) {
        return new DoctorDialogReader(robot::lookup);
    }

    /** Only this dialog: one another test left open must not answer for it. */
    public static DoctorDialogReader in(FxRobot robot, Node dialogPane) {
        return new DoctorDialogReader(query -> robot.from(dialogPane).lookup(query));
    }

    /** Waits until the dialog lists steps, and returns every step listed at that first sight, in order. */
    public List<String> awaitSteps() {
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> !steps().isEmpty());
        return steps();
    }

    private List<String> steps() {
        return FxRead.get(() -> lookup.apply(".doctor-step").queryAll().stream()
                .map(node -> node.getId().substring("doctor-step-".length())).toList());
    }

    /** Waits until the run has ended: a verdict is given, every step is listed and "Run again" is offered. */
    public void awaitFinished() {
        await().atMost(Duration.ofSeconds(40)).until(() -> FxRead.get(() -> {
            var verdict = lookup.apply("#doctor-verdict").tryQueryAs(Labeled.class).map(Labeled::getText).orElse("");
            var again = lookup.apply("#doctor-again").tryQuery();
            return !verdict.isEmpty() && !verdict.equals("Checking…") && again.isPresent() && !again.get().isDisabled()
                    && lookup.apply(".doctor-step").tryQuery().isPresent();
        }));
    }

    /** pending, running, passed, failed or skipped. */
    public String state(String step) {
        return FxRead.get(() -> {
            var classes = lookup.apply("#doctor-step-" + step).query().getStyleClass();
            return STATES.stream().filter(classes::contains).findFirst().orElse("none");
        });
    }

    public String text(String query) {
        return FxRead.get(() -> lookup.apply(query).queryAs(Labeled.class).getText());
    }

    public boolean disabled(String query) {
        return FxRead.get(() -> lookup.apply(query).query().isDisabled());
    }
}
