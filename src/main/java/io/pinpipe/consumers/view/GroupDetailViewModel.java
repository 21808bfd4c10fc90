package io.pinpipe.consumers.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupDetail;
import io.pinpipe.consumers.GroupMember;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TopicLag;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The selected group in full: members, partitions with lag, lag per topic, the lag chart's samples; and the changes
 * made from it (delete the group, delete a topic's offsets). Read in full when selected and on refresh; its total lag
 * alone is sampled for the chart while the pane shows.
 */
public final class GroupDetailViewModel {

    private final Supplier<Connection> connection;
    private final Function<Connection, GroupAdmin> adminOf;
    private final Async async;
    private final Runnable changed;
    private final Consumer<String> notice;
    private final ObjectProperty<Optional<String>> group = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<GroupDetail>> detail = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final ObservableList<PartitionLag> partitions = FXCollections.observableArrayList();
    private final ObservableList<TopicLag> topics = FXCollections.observableArrayList();
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    /** A read that failed while an earlier good read still shows: said above the numbers, cleared by the next good read. */
    private final SimpleStringProperty warning = new SimpleStringProperty("");
    private final JobSlot reading = new JobSlot();
    private final JobSlot sampling = new JobSlot();
    private final LagChartViewModel chart;

    GroupDetailViewModel(Supplier<Connection> connection, Function<Connection, GroupAdmin> adminOf, Async async,
                         Duration samplePeriod, Runnable changed, Consumer<String> notice) {
        this.connection = connection;
        this.adminOf = adminOf;
        this.async = async;
        this.changed = changed;
        this.notice = notice;
        this.chart = new LagChartViewModel(samplePeriod, this::sample, sampling::cancel);
    }

    /** The window's background work, for the reset dialog: its jobs show in the status bar like the pane's. */
    Async async() {
        return async;
    }

    /** Shows this group (or none); the same group again keeps what shows. */
    public void show(Optional<String> groupId) {
        if (groupId.equals(group.get())) {
            return;
        }
        reading.cancel();
        sampling.cancel();
        group.set(groupId);
        detail.set(Optional.empty());
        members.clear();
        partitions.clear();
        topics.clear();
        error.set("");
        warning.set("");
        chart.group(groupId.isPresent());
        if (groupId.isPresent()) {
            reload();
        }
    }

    /** Reads the group again (Refresh, after a change), keeping what shows until the answer comes. */
    public void reload() {
        var id = group.get();
        var target = connection.get();
        if (id.isEmpty() || target == null) {
            return;
        }
        loading.set(true);
        reading.replace(async.job("Describing group " + id.get(), p -> adminOf.apply(target).describe(id.get(),
                        () -> Thread.currentThread().isInterrupted()))
                .onSuccess(this::apply)
                .onError(this::failed)
                .andFinally(() -> loading.set(false)));
    }

    /** One tick of the lag chart: the group read again, unless the last read is still under way. */
    private void sample() {
        var id = group.get();
        var target = connection.get();
        if (id.isEmpty() || target == null || reading.active() || sampling.active()) {
            return;
        }
        var groupId = id.get();
        // Light: committed offsets and log ends only (2 requests); the full describe is for selection and refresh.
        sampling.replace(async.job("Sampling the lag of " + groupId, p -> adminOf.apply(target).sampleLag(groupId))
                .onSuccess(lag -> sampled(groupId, lag))
                .onError(this::failed));
    }

    /** Before any good read the error replaces the summary; after one, a warning says the numbers are old. */
    private void failed(Throwable e) {
        if (detail.get().isEmpty()) {
            error.set(ErrorText.of(e));
        } else {
            warning.set(ReadWarning.of(LocalTime.now(), ErrorText.of(e)));
        }
    }

    private void sampled(String groupId, java.util.OptionalLong lag) {
        if (!group.get().equals(Optional.of(groupId))) {
            return;
        }
        warning.set("");
        chart.add(java.time.Instant.now(), lag);
    }

    /** True while the lag chart's timer runs (the pane shows and a group is selected). */
    public boolean sampling() {
        return chart.sampling();
    }

    private void apply(GroupDetail read) {
        if (!group.get().equals(Optional.of(read.summary().groupId()))) {
            return;
        }
        error.set("");
        warning.set("");
        detail.set(Optional.of(read));
        replaceIfChanged(members, read.members());
        replaceIfChanged(partitions, read.partitions());
        replaceIfChanged(topics, read.topics());
        chart.add(read.readAt(), read.summary().totalLag());
    }

    /** Rows that did not change stay, so the selection and scroll of a table are not disturbed every sample. */
    private static <T> void replaceIfChanged(ObservableList<T> rows, List<T> fresh) {
        if (!rows.equals(fresh)) {
            rows.setAll(fresh);
        }
    }

    /** Deletes the group; the service refuses while it has members, naming them. */
    public void deleteGroup(Runnable done, Consumer<String> failed) {
        var id = group.get().orElseThrow();
        var target = connection.get();
        async.job("Deleting group " + id, p -> {
                    adminOf.apply(target).deleteGroup(id);
                    return id;
                })
                .onSuccess(deleted -> {
                    done.run();
                    if (group.get().equals(Optional.of(deleted))) {
                        show(Optional.empty()); // another group selected meanwhile stays
                    }
                    notice.accept("Deleted the group " + deleted + " and its committed offsets.");
                    changed.run();
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** Deletes the group's committed offsets on one topic. */
    public void deleteOffsets(String topic, Runnable done, Consumer<String> failed) {
        var id = group.get().orElseThrow();
        var target = connection.get();
        async.job("Deleting the offsets of " + id + " on " + topic, p -> {
                    adminOf.apply(target).deleteOffsets(id, topic);
                    return topic;
                })
                .onSuccess(deleted -> {
                    done.run();
                    notice.accept("Deleted the committed offsets of " + id + " on " + deleted + ".");
                    changed.run();
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** Something changed the group (a reset executed): the groups and this detail are read again. */
    public void changed() {
        changed.run();
    }

    /** The group's service for the reset dialog; call it off the FX thread (the client may be made then). */
    public Supplier<GroupAdmin> admins() {
        var target = connection.get();
        return () -> adminOf.apply(target);
    }

    /** The topics the group has offsets on or is assigned, for the reset and delete-offsets dialogs. */
    public List<String> groupTopics() {
        return detail.get().map(d -> d.topics().stream().map(TopicLag::topic).toList())
                .filter(list -> !list.isEmpty())
                .or(() -> detail.get().map(d -> d.summary().topics()))
                .orElse(List.of());
    }

    public ReadOnlyObjectProperty<Optional<String>> groupProperty() {
        return group;
    }

    public ReadOnlyObjectProperty<Optional<GroupDetail>> detailProperty() {
        return detail;
    }

    public ObservableList<GroupMember> members() {
        return members;
    }

    public ObservableList<PartitionLag> partitions() {
        return partitions;
    }

    public ObservableList<TopicLag> topics() {
        return topics;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** "Could not read the group at 18:02:11: …" while the shown numbers are from an earlier read; else empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    public LagChartViewModel chart() {
        return chart;
    }
}
