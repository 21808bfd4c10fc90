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
import io.pinpipe.ui.Job;
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
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper("");
    private Optional<Job.Cancellable> job = Optional.empty();
    private int run;

    public DoctorViewModel(ConnectionDoctor doctor, Async async, Connection connection, SecretSource secrets) {
        this.doctor = doctor;
        this.async = async;
        this.connection = connection;
        this.secrets = secrets;
    }

    /** Starts (or starts again) a run: every step pending, then filled in as it finishes. */
    public void start() {
        job.ifPresent(Job.Cancellable::cancel);
        var thisRun = ++run;
        steps.setAll(doctor.plan(connection).stream().map(StepRow::new).toList());
        running.set(true);
        report.set("");
        verdict.set("Checking…");
        tone.set(Tone.BUSY);
        DoctorListener listener = new DoctorListener() {
            @Override
            public void started(PlannedStep step) {
                async.fx().execute(() -> row(thisRun, step.step()).ifPresent(StepRow::running));
            }

            @Override
            public void finished(StepReport step) {
                async.fx().execute(() -> row(thisRun, step.step()).ifPresent(row -> row.finished(step)));
            }
        };
        job = Optional.of(async.job("Diagnosing " + connection.name(), p -> doctor.diagnose(connection, secrets, listener))
                .onSuccess(done -> {
                    if (thisRun == run) {
                        finished(done);
                    }
                })
                .onError(e -> {
                    if (thisRun == run) {
                        verdict.set("The doctor could not run: " + ErrorText.of(e));
                        tone.set(Tone.FAILED);
                    }
                })
                .andFinally(() -> {
                    if (thisRun == run) {
                        running.set(false);
                        job = Optional.empty();
                    }
                })
                .start());
    }

    /** Stops the run: the step in progress is abandoned and the rest are marked cancelled. */
    public void cancel() {
        job.ifPresent(Job.Cancellable::cancel);
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

    private Optional<StepRow> row(int thisRun, io.pinpipe.doctor.StepId id) {
        if (thisRun != run) {
            return Optional.empty();
        }
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
        return FXCollections.unmodifiableObservableList(steps);
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
