package io.pinpipe.doctor.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.core.Tone;
import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.doctor.DoctorListener;
import io.pinpipe.doctor.DoctorReport;
import io.pinpipe.doctor.PlannedStep;
import io.pinpipe.doctor.StepReport;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The doctor dialog's state: a row per step filling in as the doctor reports, the verdict, and the report to
 * copy. The doctor runs off the FX thread; its news comes back through the injected FX executor.
 */
public final class DoctorViewModel {

    private final ConnectionDoctor doctor;
    private final Async async;
    private final Connection connection;
    private final SecretSource secrets;
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    // One read-only view, kept: a fresh one per call listens to the list only weakly, and a listener added to it
    // stops hearing changes once it is collected (the dialog's step cards then stayed empty now and then).
    private final ObservableList<StepRow> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private final JobSlot job = new JobSlot();

    public DoctorViewModel(ConnectionDoctor doctor, Async async, Connection connection, SecretSource secrets) {
        this.doctor = doctor;
        this.async = async;
        this.connection = connection;
        this.secrets = secrets;
    }

    /** Starts (or starts again) a run: every step pending, then filled in as it finishes. */
    public void start() {
        job.cancel();
        steps.setAll(doctor.plan(connection).stream().map(StepRow::new).toList());
        running.set(true);
        report.set("");
        verdict.set("Checking…");
        tone.set(Tone.BUSY);
        job.replace(async.job("Diagnosing " + connection.name(), p -> doctor.diagnose(connection, secrets, new DoctorListener() {
                    @Override
                    public void started(PlannedStep step) {
                        p.deliver(() -> row(step.step()).ifPresent(StepRow::running));
                    }

                    @Override
                    public void finished(StepReport step) {
                        p.deliver(() -> row(step.step()).ifPresent(row -> row.finished(step)));
                    }
                }))
                .onSuccess(this::finished)
                .onError(e -> {
                    verdict.set("The doctor could not run: " + ErrorText.of(e));
                    tone.set(Tone.FAILED);
                })
                .andFinally(() -> running.set(false)));
    }

    /** Stops the run early: the step in progress is abandoned, the rest are marked cancelled, the report still comes. */
    public void cancel() {
        job.finishEarly();
    }

    private void finished(DoctorReport done) {
        report.set(done.text());
        var total = done.steps().size();
        var passed = done.steps().stream().filter(StepReport::passed).count();
        if (done.allPassed()) {
            verdict.set("All " + total + " steps passed");
            tone.set(Tone.OK);
        } else {
            verdict.set(done.cancelled() ? "Cancelled after " + passed + " of " + total + " passed"
                    : passed + " of " + total + " steps passed");
            tone.set(done.cancelled() ? Tone.NEUTRAL : Tone.FAILED);
        }
    }

    private Optional<StepRow> row(io.pinpipe.doctor.StepId id) {
        var key = id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return steps.stream().filter(row -> row.key().equals(key)).findFirst();
    }

    public String title() {
        return "Diagnose " + connection.name();
    }

    public String subtitle() {
        return connection.bootstrap() + " · " + connection.mode().label();
    }

    public ObservableList<StepRow> steps() {
        return readOnlySteps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line: running, all passed, or how far it got. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** The whole run as text, for "Copy report"; empty until the run ends. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
