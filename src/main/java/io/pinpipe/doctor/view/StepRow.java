package io.pinpipe.doctor.view;

import io.pinpipe.doctor.PlannedStep;
import io.pinpipe.doctor.StepReport;
import io.pinpipe.doctor.StepResult;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One step as the dialog shows it: pending, running, then passed, failed or skipped with its words. */
public final class StepRow {

    /** Where a step is; the view picks an icon and colour for each. */
    public enum State { PENDING, RUNNING, PASSED, FAILED, SKIPPED }

    private final PlannedStep planned;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PENDING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper("");

    StepRow(PlannedStep planned) {
        this.planned = planned;
        message.set("Waits; times out after " + planned.timeout().toSeconds() + " s");
    }

    void running() {
        state.set(State.RUNNING);
        message.set("Checking… (at most " + planned.timeout().toSeconds() + " s)");
    }

    void finished(StepReport report) {
        var result = report.result();
        message.set(result.message());
        details.set(result instanceof StepResult.Passed passed ? String.join("\n", passed.details()) : "");
        advice.set(result.advice().orElse(""));
        state.set(result instanceof StepResult.Passed ? State.PASSED
                : result instanceof StepResult.Failed ? State.FAILED : State.SKIPPED);
    }

    public String title() {
        return planned.title();
    }

    /** A stable key for lookups in tests and styles, e.g. "tcp". */
    public String key() {
        return planned.step().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lines found along the way (addresses, certificate, brokers), one per line. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** What to do: for a failure, or a caution on a step that passed. */
    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }
}
