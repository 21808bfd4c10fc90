package io.pinpipe.consumers.view;

import io.pinpipe.consumers.ResetCsv;
import io.pinpipe.consumers.ResetScope;
import io.pinpipe.consumers.ResetTarget;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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
 * What the reset dialog's fields say: the topics and partitions, the target and its value, each checked as typed
 * ({@link ResetInputChecks}); read as a {@link ResetScope} and a {@link ResetTarget} once nothing is wrong.
 */
public final class ResetForm {

    /** A CSV file imported as the target. */
    public record ImportedFile(String name, List<ResetCsv.Line> lines) { }

    private final String groupId;
    private final Clock clock;
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
    private final StringBinding dateTimeProblem;
    private final StringBinding durationProblem = shownProblem(duration, () -> ResetInputChecks.duration(duration.get()).problem());
    private final StringBinding shiftProblem = shownProblem(shift, () -> ResetInputChecks.shift(shift.get()).problem());
    private final StringBinding otherGroupProblem;

    ResetForm(String groupId, List<String> groupTopics, Clock clock) {
        this.groupId = groupId;
        this.clock = clock;
        groupTopics.forEach(topic -> topics.add(new ResetTopicChoice(topic)));
        dateTimeProblem = Bindings.createStringBinding(() -> date.get().isBlank() && time.get().isBlank()
                ? "" : ResetInputChecks.dateTime(date.get(), time.get(), clock).problem(), date, time);
        otherGroupProblem = shownProblem(otherGroup, () -> ResetInputChecks.otherGroup(otherGroup.get(), groupId).problem());
    }

    /** Every input: a change to any of them makes a preview stale. */
    List<Observable> inputs() {
        var inputs = new ArrayList<Observable>(List.of(kind, offset, date, time, duration, shift, otherGroup, imported));
        for (var choice : topics) {
            inputs.add(choice.selectedProperty());
            inputs.add(choice.partitionsProperty());
        }
        return inputs;
    }

    /** The first reason the inputs cannot be previewed, or "". */
    String problem() {
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

    /** The partitions to reset; call when {@link #problem()} is empty. */
    ResetScope scope() {
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

    /** Where to; call when {@link #problem()} is empty. */
    ResetTarget target() {
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

    void imported(Optional<ImportedFile> file, String problem) {
        imported.set(file);
        importProblem.set(problem);
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

    private static StringBinding shownProblem(StringProperty text, Supplier<String> problem) {
        // An empty field is not wrong yet: its hint shows instead, and Preview waits for it.
        return Bindings.createStringBinding(() -> text.get().isBlank() ? "" : problem.get(), text);
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
}
