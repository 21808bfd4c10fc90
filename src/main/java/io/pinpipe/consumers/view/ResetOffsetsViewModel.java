package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupException;
import io.pinpipe.consumers.ResetCsv;
import io.pinpipe.consumers.ResetPlan;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reset dialog: its {@link ResetForm}, a preview planned in the background, and Execute only for a preview of
 * exactly what the form says now (any edit throws the preview away).
 * <p>
 * An execution runs in a slot of its own that neither an edit, a finished import, Cancel nor {@link #close()} stops:
 * once the new offsets may have been sent, the outcome is always delivered and {@code onExecuted} always runs.
 */
public final class ResetOffsetsViewModel {

    private final Supplier<GroupAdmin> admins;
    private final Async async;
    private final ResetForm form;
    private final Runnable onExecuted;

    private final ObjectProperty<Optional<ResetPlan>> plan = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<ResetPreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty warnings = new SimpleStringProperty("");
    private final StringProperty commandLine = new SimpleStringProperty("");
    private final StringProperty refusalTitle = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty previewing = new SimpleBooleanProperty(false);
    private final BooleanProperty executing = new SimpleBooleanProperty(false);
    private final BooleanBinding running = previewing.or(executing);
    private final BooleanProperty executed = new SimpleBooleanProperty(false);
    private final JobSlot planning = new JobSlot();
    private final JobSlot execution = new JobSlot();
    private final JobSlot files = new JobSlot();
    private final BooleanBinding canPreview;
    private final BooleanBinding canExecute;

    /**
     * @param admins     the group service, called off the FX thread only
     * @param clock      now and the zone the date and time fields mean
     * @param onExecuted run on the FX thread after a reset was executed
     */
    public ResetOffsetsViewModel(Supplier<GroupAdmin> admins, Async async, String groupId, List<String> groupTopics,
                                 Clock clock, Runnable onExecuted) {
        this.admins = admins;
        this.async = async;
        this.form = new ResetForm(groupId, groupTopics, clock);
        this.onExecuted = onExecuted;
        var inputs = form.inputs();
        inputs.forEach(input -> input.addListener((Observable changed) -> invalidatePreview()));
        inputs.add(form.importProblemProperty());
        canPreview = Bindings.createBooleanBinding(() -> form.problem().isEmpty(), inputs.toArray(Observable[]::new))
                .and(running.not());
        canExecute = Bindings.createBooleanBinding(() -> plan.get().isPresent() && !plan.get().get().rows().isEmpty(), plan)
                .and(running.not()).and(executed.not());
    }

    /** Plans the reset in the background; the preview shows when it comes, unless an input changed meanwhile. */
    public void preview() {
        if (executing.get()) {
            return; // the execution's outcome comes first
        }
        var problem = form.problem();
        if (!problem.isEmpty()) {
            status.set(problem);
            return;
        }
        var groupId = form.group();
        var scope = form.scope();
        var target = form.target();
        clearResults();
        executed.set(false); // a new plan, not yet executed
        previewing.set(true);
        status.set("Reading the group's offsets and the partitions' ranges…");
        planning.replace(async.job("Planning the reset of " + groupId, p -> admins.get().planReset(groupId, scope, target))
                .onSuccess(planned -> {
                    plan.set(Optional.of(planned));
                    rows.setAll(planned.rows().stream().map(ResetPreviewRow::of).toList());
                    warnings.set(String.join("\n", planned.warnings()));
                    commandLine.set(planned.commandLine());
                    status.set(planned.rows().isEmpty() ? "Nothing to reset: no partition matches."
                            : "Preview of " + count(planned.rows().size()) + ". Execute to apply it.");
                })
                .onError(e -> refuse("Not planned", e))
                .onCancelled(() -> status.set("Preview cancelled."))
                .andFinally(() -> previewing.set(false)));
    }

    /**
     * Commits the previewed offsets. Nothing stops it once started (the request may already be at the broker): it ends
     * with the outcome or the refusal, and {@code onExecuted} runs after a success even if the dialog closed meanwhile.
     */
    public void execute() {
        if (!canExecute.get()) {
            return;
        }
        var planned = plan.get().orElseThrow();
        executing.set(true);
        refusal.set("");
        refusalTitle.set("");
        outcome.set("");
        status.set("Resetting the offsets…");
        execution.replace(async.job("Resetting offsets of " + planned.groupId(), p -> admins.get().execute(planned))
                .onSuccess(count -> {
                    executed.set(true);
                    outcome.set("Offsets of " + count(count) + " reset.");
                    status.set("");
                    onExecuted.run();
                })
                .onError(e -> refuse("Not reset", e))
                .andFinally(() -> executing.set(false)));
    }

    /** Stops the preview running now; an execution is not stopped (see {@link #execute()}). */
    public void cancel() {
        planning.cancel();
    }

    /** Reads a CSV file written by {@code kafka-consumer-groups.sh --export} (or by Export CSV) as the target. */
    public void importCsv(Path file) {
        form.imported(form.importedProperty().get(), "");
        files.replace(async.job("Reading " + file.getFileName(), p -> ResetCsv.read(Files.readString(file)))
                .onSuccess(lines -> form.imported(
                        Optional.of(new ResetForm.ImportedFile(file.getFileName().toString(), List.copyOf(lines))),
                        lines.isEmpty() ? "The file has no offsets in it." : ""))
                .onError(e -> form.imported(Optional.empty(), ErrorText.of(e))));
    }

    /** Writes the previewed plan as the CSV Kafka's tool reads with {@code --from-file}. */
    public void exportCsv(Path file) {
        var planned = plan.get();
        if (planned.isEmpty()) {
            return;
        }
        files.replace(async.job("Writing " + file.getFileName(), p -> {
                    Files.writeString(file, ResetCsv.write(planned.get()));
                    return file;
                })
                .onSuccess(written -> status.set("Saved the plan to " + written.getFileName() + "."))
                .onError(e -> status.set("Not saved: " + ErrorText.of(e))));
    }

    /** Stops the preview and the file reading or writing; the dialog closed. An execution finishes and reports. */
    public void close() {
        planning.cancel();
        files.cancel();
    }

    private void refuse(String title, Throwable e) {
        var active = e instanceof GroupException group && group.reason() == GroupException.Reason.ACTIVE;
        refusalTitle.set(active ? "The group is active" : title);
        refusal.set(e instanceof GroupException ? e.getMessage() : ErrorText.of(e));
        status.set("");
    }

    private void invalidatePreview() {
        planning.cancel();
        if (executing.get()) {
            // An import that finished during the execution: the plan goes, what the execution says stays.
            clearPlan();
            return;
        }
        clearResults();
        executed.set(false);
        status.set("");
    }

    private void clearResults() {
        clearPlan();
        refusal.set("");
        refusalTitle.set("");
        outcome.set("");
    }

    private void clearPlan() {
        plan.set(Optional.empty());
        rows.clear();
        warnings.set("");
        commandLine.set("");
    }

    private static String count(int partitions) {
        return partitions + (partitions == 1 ? " partition" : " partitions");
    }

    public ResetForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<Optional<ResetPlan>> planProperty() {
        return plan;
    }

    public ObservableList<ResetPreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings;
    }

    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine;
    }

    public ReadOnlyStringProperty refusalTitleProperty() {
        return refusalTitle;
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** A preview or an execution runs: the inputs wait. */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** A preview runs (it can be cancelled). */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing;
    }

    /** An execution runs: it cannot be cancelled, and the dialog stays open until it reports. */
    public ReadOnlyBooleanProperty executingProperty() {
        return executing;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canExecuteProperty() {
        return canExecute;
    }
}
