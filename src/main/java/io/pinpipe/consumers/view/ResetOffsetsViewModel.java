package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupException;
import io.pinpipe.consumers.ResetCsv;
import io.pinpipe.consumers.ResetPlan;
import io.pinpipe.consumers.ResetScope;
import io.pinpipe.consumers.ResetTarget;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reset dialog: which topics and partitions, where to, checked as typed; a preview planned in the background;
 * Execute only for a preview of exactly what the fields say now (any edit throws the preview away).
 */
public final class ResetOffsetsViewModel {

    /** A CSV file imported as the target. */
    public record ImportedFile(String name, List<ResetCsv.Line> lines) { }

    private final Supplier<GroupAdmin> admins;
    private final Async async;
    private final String groupId;
    private final Clock clock;
    private final Runnable onExecuted;

    private final ObservableList<ResetTopicChoice> topics = FXCollections.observableArrayList();
    private final ObjectProperty<ResetTargetKind> kind = new SimpleObjectProperty<>(ResetTargetKind.EARLIEST);
    private final StringProperty offset = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty shift = new SimpleStringProperty("");
    private final StringProperty otherGroup = new SimpleStringProperty("");
    private final ObjectProperty<Optional<ImportedFile>> imported = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty importProblem = new SimpleStringProperty("");

    private final StringBinding offsetProblem = shownProblem(offset, () -> ResetInputChecks.offset(offset.get()).problem());
    private final StringBinding dateTimeProblem = Bindings.createStringBinding(() -> date.get().isBlank() && time.get().isBlank()
            ? "" : ResetInputChecks.dateTime(date.get(), time.get(), clock()).problem(), date, time);
    private final StringBinding durationProblem = shownProblem(duration, () -> ResetInputChecks.duration(duration.get()).problem());
    private final StringBinding shiftProblem = shownProblem(shift, () -> ResetInputChecks.shift(shift.get()).problem());
    private final StringBinding otherGroupProblem = shownProblem(otherGroup,
            () -> ResetInputChecks.otherGroup(otherGroup.get(), groupId()).problem());

    private final ObjectProperty<Optional<ResetPlan>> plan = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<ResetPreviewRow> rows = FXCollections.observableArrayList();
    private final StringProperty warnings = new SimpleStringProperty("");
    private final StringProperty commandLine = new SimpleStringProperty("");
    private final StringProperty refusalTitle = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty executed = new SimpleBooleanProperty(false);
    private final JobSlot work = new JobSlot();
    private final JobSlot files = new JobSlot();
    private final BooleanBinding canPreview;
    private final BooleanBinding canExecute;

    /**
     * @param admins     the group service, called off the FX thread only
     * @param onExecuted run on the FX thread after a reset was executed
     */
    public ResetOffsetsViewModel(Supplier<GroupAdmin> admins, Async async, String groupId, List<String> groupTopics,
                                 Clock clock, Runnable onExecuted) {
        this.admins = admins;
        this.async = async;
        this.groupId = groupId;
        this.clock = clock;
        this.onExecuted = onExecuted;
        groupTopics.forEach(topic -> topics.add(new ResetTopicChoice(topic)));
        var inputs = new ArrayList<Observable>(List.of(kind, offset, date, time, duration, shift, otherGroup, imported));
        for (var choice : topics) {
            inputs.add(choice.selectedProperty());
            inputs.add(choice.partitionsProperty());
        }
        inputs.forEach(input -> input.addListener((Observable changed) -> invalidatePreview()));
        inputs.add(importProblem);
        canPreview = Bindings.createBooleanBinding(() -> inputProblem().isEmpty(), inputs.toArray(Observable[]::new))
                .and(running.not());
        canExecute = Bindings.createBooleanBinding(() -> plan.get().isPresent() && !plan.get().get().rows().isEmpty(), plan)
                .and(running.not()).and(executed.not());
    }

    /** Plans the reset in the background; the preview shows when it comes, unless an input changed meanwhile. */
    public void preview() {
        var problem = inputProblem();
        if (!problem.isEmpty()) {
            status.set(problem);
            return;
        }
        var scope = scope();
        var target = target();
        clearResults();
        running.set(true);
        status.set("Reading the group's offsets and the partitions' ranges…");
        work.replace(async.job("Planning the reset of " + groupId, p -> admins.get().planReset(groupId, scope, target))
                .onSuccess(planned -> {
                    plan.set(Optional.of(planned));
                    rows.setAll(planned.rows().stream().map(ResetPreviewRow::of).toList());
                    warnings.set(String.join("\n", planned.warnings()));
                    commandLine.set(planned.commandLine());
                    status.set(planned.rows().isEmpty() ? "Nothing to reset: no partition matches."
                            : "Preview of " + count(planned.rows().size()) + ". Execute to apply it.");
                })
                .on(GroupException.class, e -> refuse("Not planned", e))
                .onError(e -> refuse("Not planned", e))
                .onCancelled(() -> status.set("Preview cancelled."))
                .andFinally(() -> running.set(false)));
    }

    /** Commits the previewed offsets. */
    public void execute() {
        if (!canExecute.get()) {
            return;
        }
        var planned = plan.get().orElseThrow();
        running.set(true);
        refusal.set("");
        status.set("Resetting the offsets…");
        work.replace(async.job("Resetting offsets of " + groupId, p -> admins.get().execute(planned))
                .onSuccess(count -> {
                    executed.set(true);
                    outcome.set("Offsets of " + count(count) + " reset.");
                    status.set("");
                    onExecuted.run();
                })
                .on(GroupException.class, e -> refuse("Not reset", e))
                .onError(e -> refuse("Not reset", e))
                .onCancelled(() -> status.set("Cancelled: the group's offsets may or may not have been reset; preview again to see."))
                .andFinally(() -> running.set(false)));
    }

    /** Stops the preview or execution running now. */
    public void cancel() {
        work.cancel();
    }

    /** Reads a CSV file written by {@code kafka-consumer-groups.sh --export} (or by Export CSV) as the target. */
    public void importCsv(Path file) {
        importProblem.set("");
        files.replace(async.job("Reading " + file.getFileName(), p -> ResetCsv.read(Files.readString(file)))
                .onSuccess(lines -> {
                    imported.set(Optional.of(new ImportedFile(file.getFileName().toString(), List.copyOf(lines))));
                    importProblem.set(lines.isEmpty() ? "The file has no offsets in it." : "");
                })
                .onError(e -> {
                    imported.set(Optional.empty());
                    importProblem.set(ErrorText.of(e));
                }));
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

    /** Fills the date and time with "now minus {@code ago}", for the quick choices ("1 hour ago"). */
    public void pickAgo(Duration ago) {
        var at = LocalDateTime.ofInstant(clock.instant().minus(ago), clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
        date.set(at.toLocalDate().toString());
        time.set(at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** Fills the date with today's, at midnight. */
    public void pickStartOfToday() {
        date.set(LocalDateTime.ofInstant(clock.instant(), clock.getZone()).toLocalDate().toString());
        time.set("00:00");
    }

    /** The first reason the inputs cannot be previewed, or "". */
    String inputProblem() {
        if (kind.get() != ResetTargetKind.FILE) {
            var chosen = topics.stream().filter(c -> c.selectedProperty().get()).toList();
            if (chosen.isEmpty()) {
                return "Tick at least one topic.";
            }
            for (var choice : chosen) {
                if (!choice.problemProperty().get().isEmpty()) {
                    return choice.topic() + ": " + choice.problemProperty().get();
                }
            }
        }
        return switch (kind.get()) {
            case EARLIEST, LATEST -> "";
            case OFFSET -> ResetInputChecks.offset(offset.get()).problem();
            case DATETIME -> ResetInputChecks.dateTime(date.get(), time.get(), clock).problem();
            case DURATION -> ResetInputChecks.duration(duration.get()).problem();
            case SHIFT -> ResetInputChecks.shift(shift.get()).problem();
            case GROUP -> ResetInputChecks.otherGroup(otherGroup.get(), groupId).problem();
            case FILE -> imported.get().isPresent() ? importProblem.get() : "Import a CSV file first.";
        };
    }

    private ResetScope scope() {
        if (kind.get() == ResetTargetKind.FILE) {
            // The file says which partitions: --from-file resets the lines it has.
            var byTopic = new LinkedHashMap<String, List<Integer>>();
            imported.get().orElseThrow().lines().forEach(line ->
                    byTopic.computeIfAbsent(line.topic(), t -> new ArrayList<>()).add(line.partition()));
            return new ResetScope(byTopic.entrySet().stream()
                    .map(e -> new ResetScope.TopicChoice(e.getKey(), List.copyOf(e.getValue()))).toList());
        }
        return new ResetScope(topics.stream().filter(c -> c.selectedProperty().get())
                .map(c -> new ResetScope.TopicChoice(c.topic(),
                        ResetInputChecks.partitions(c.partitionsProperty().get()).value().orElseThrow()))
                .toList());
    }

    private ResetTarget target() {
        return switch (kind.get()) {
            case EARLIEST -> new ResetTarget.ToEarliest();
            case LATEST -> new ResetTarget.ToLatest();
            case OFFSET -> new ResetTarget.ToOffset(ResetInputChecks.offset(offset.get()).value().orElseThrow());
            case DATETIME -> new ResetTarget.ToDateTime(ResetInputChecks.dateTime(date.get(), time.get(), clock).value().orElseThrow());
            case DURATION -> new ResetTarget.ByDuration(ResetInputChecks.duration(duration.get()).value().orElseThrow());
            case SHIFT -> new ResetTarget.ShiftBy(ResetInputChecks.shift(shift.get()).value().orElseThrow());
            case GROUP -> new ResetTarget.FromGroup(ResetInputChecks.otherGroup(otherGroup.get(), groupId).value().orElseThrow());
            case FILE -> new ResetTarget.FromFile(imported.get().orElseThrow().lines());
        };
    }

    private void refuse(String title, Throwable e) {
        var active = e instanceof GroupException group && group.reason() == GroupException.Reason.ACTIVE;
        refusalTitle.set(active ? "The group is active" : title);
        refusal.set(e instanceof GroupException ? e.getMessage() : ErrorText.of(e));
        status.set("");
    }

    private void invalidatePreview() {
        work.cancel();
        clearResults();
        executed.set(false);
        status.set("");
    }

    private void clearResults() {
        plan.set(Optional.empty());
        rows.clear();
        warnings.set("");
        commandLine.set("");
        refusal.set("");
        refusalTitle.set("");
        outcome.set("");
    }

    private static String count(int partitions) {
        return partitions + (partitions == 1 ? " partition" : " partitions");
    }

    private static StringBinding shownProblem(StringProperty text, Supplier<String> problem) {
        // An empty field is not wrong yet: its hint shows instead, and Preview waits for it.
        return Bindings.createStringBinding(() -> text.get().isBlank() ? "" : problem.get(), text);
    }

    private Clock clock() {
        return clock;
    }

    private String groupId() {
        return groupId;
    }

    public String group() {
        return groupId;
    }

    public ObservableList<ResetTopicChoice> topics() {
        return topics;
    }

    public ObjectProperty<ResetTargetKind> kindProperty() {
        return kind;
    }

    public StringProperty offsetProperty() {
        return offset;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty shiftProperty() {
        return shift;
    }

    public StringProperty otherGroupProperty() {
        return otherGroup;
    }

    public ReadOnlyObjectProperty<Optional<ImportedFile>> importedProperty() {
        return imported;
    }

    public ReadOnlyStringProperty importProblemProperty() {
        return importProblem;
    }

    public StringBinding offsetProblemProperty() {
        return offsetProblem;
    }

    public StringBinding dateTimeProblemProperty() {
        return dateTimeProblem;
    }

    public StringBinding durationProblemProperty() {
        return durationProblem;
    }

    public StringBinding shiftProblemProperty() {
        return shiftProblem;
    }

    public StringBinding otherGroupProblemProperty() {
        return otherGroupProblem;
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canExecuteProperty() {
        return canExecute;
    }

    /** Stops what runs; the dialog closed. */
    public void close() {
        work.cancel();
        files.cancel();
    }
}
