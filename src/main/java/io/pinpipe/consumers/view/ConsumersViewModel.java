package io.pinpipe.consumers.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.consumers.GroupSummary;
import io.pinpipe.consumers.GroupsOverview;
import io.pinpipe.consumers.TimeLag;
import io.pinpipe.core.Tone;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.workbench.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Consumers pane's groups: which connection, its groups with their lag (the lag in time filled in a second
 * phase, after the table shows), the filter and toggles, and the selected group's detail.
 */
public final class ConsumersViewModel {

    /** The Sandbox pane's key, for the hint that names its shortcut. */
    private static final String SANDBOX_PANE = "sandbox";

    private final KafkaConnections kafka;
    private final Async async;
    private final Navigator navigator;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<GroupSummary> all = FXCollections.observableArrayList();
    private final FilteredList<GroupSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showInternal = new SimpleBooleanProperty(false);
    private final BooleanProperty showEmpty = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The second phase: the lag in time of the listed groups being read. */
    private final BooleanProperty readingTimeLags = new SimpleBooleanProperty(false);
    /** Nothing being read for the table: neither the listing nor the lag in time. */
    private final javafx.beans.binding.BooleanBinding idle = loading.or(readingTimeLags).not();
    /** Stop pressed before the first listing of this connection came back. */
    private final BooleanProperty stoppedBeforeListed = new SimpleBooleanProperty(false);
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<GroupSummary> selected = new SimpleObjectProperty<>();
    /** A group another pane asked for, selected by the view once it is listed. */
    private final ObjectProperty<Optional<String>> requested = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty listedOk = new SimpleBooleanProperty(false);
    private final StringBinding connectionLine = Bindings.createStringBinding(
            () -> connection.get() == null ? "" : connection.get().statusLine(), connection);
    private final ObjectBinding<Tone> connectionTone = Bindings.createObjectBinding(() -> connection.get() == null
            ? Tone.NEUTRAL : loading.get() ? Tone.BUSY : !error.get().isEmpty() ? Tone.FAILED
            : listedOk.get() ? Tone.OK : Tone.NEUTRAL, connection, loading, error, listedOk);
    private final GroupDetailViewModel detail;
    private final JobSlot listing = new JobSlot();
    private final JobSlot timeLags = new JobSlot();
    private Connection listed;
    /** The connection the {@link #requested} group is on: switching to another drops the request. */
    private Connection requestedOn;
    /** The last listing's cost, for the status line. */
    private String readCost = "";
    /** True while rows are replaced by a listing: a selection lost then is not the person's doing. */
    private boolean relisting;

    public ConsumersViewModel(KafkaConnections kafka, Async async, Navigator navigator, Duration samplePeriod) {
        this.kafka = kafka;
        this.async = async;
        this.navigator = navigator;
        this.detail = new GroupDetailViewModel(connection::get, this::adminOf, async, samplePeriod, this::reread,
                notice::set);
        filter.addListener((obs, old, value) -> applyFilter());
        showInternal.addListener((obs, old, value) -> applyFilter());
        showEmpty.addListener((obs, old, value) -> applyFilter());
        applyFilter();
        shown.addListener((ListChangeListener<GroupSummary>) change -> describeCount());
        loading.addListener((obs, old, now) -> describeCount());
        readingTimeLags.addListener((obs, old, now) -> describeCount());
        selected.addListener((obs, old, group) -> follow(group));
        connection.addListener((obs, old, value) -> {
            if (value != null && (requestedOn == null || !value.name().equalsIgnoreCase(requestedOn.name()))) {
                requested.set(Optional.empty()); // asked for on another connection: not looked for on this one
                requestedOn = null;
            }
            if (value != null && !value.equals(listed)) {
                notice.set("");
                detail.show(Optional.empty());
                refresh();
            }
        });
    }

    private void follow(GroupSummary group) {
        if (group == null) {
            if (!relisting) {
                detail.show(Optional.empty());
            }
            return;
        }
        detail.show(Optional.of(group.groupId()));
    }

    /** Reloads the connection list (the sandbox's address may have changed) and then the groups. */
    public void open() {
        var wanted = Optional.ofNullable(connection.get()).map(Connection::name);
        async.job("Reading connections", p -> kafka.catalog().all())
                .onSuccess(fresh -> {
                    connections.setAll(fresh);
                    var current = wanted.flatMap(name -> fresh.stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .findFirst()).orElse(fresh.isEmpty() ? null : fresh.get(0));
                    if (current == null) {
                        error.set("No connection yet. Add one in the Topics pane (" + navigator.shortcut("topics")
                                + "), or start the local sandbox.");
                        return;
                    }
                    var another = !current.equals(listed);
                    connection.set(current);
                    if (!another) {
                        refresh();
                    }
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    /** Another pane sent the user here: this connection, and this group once listed. */
    public void openTarget(Navigator.Target target) {
        if (!connections.contains(target.connection())) {
            connections.add(target.connection());
        }
        target.group().ifPresent(id -> {
            // Nothing the person set may hide the group asked for.
            filter.set("");
            requested.set(Optional.of(id));
            requestedOn = target.connection();
        });
        connection.set(target.connection());
    }

    /** Reads the groups again; a notice of an earlier change goes. */
    public void refresh() {
        notice.set("");
        reread();
    }

    /** Reads the groups again after a change made here, keeping the notice that says what changed. */
    private void reread() {
        var target = connection.get();
        if (target == null) {
            return;
        }
        var same = target.equals(listed);
        listed = target;
        listing.cancel();
        timeLags.cancel();
        stoppedBeforeListed.set(false);
        loading.set(true);
        listedOk.set(false);
        if (!same) {
            all.clear();
        }
        error.set("");
        progress.set(-1);
        status.set("Reading the groups of " + target.name() + "…");
        var notRunning = "The local sandbox is not running. Start it in the Sandbox pane ("
                + navigator.shortcut(SANDBOX_PANE) + "), then refresh.";
        listing.replace(async.job("Listing consumer groups of " + target.name(), p -> {
                    if (target.isLocalSandbox() && !kafka.sandboxRunning()) {
                        throw new IllegalStateException(notRunning);
                    }
                    var started = System.nanoTime();
                    var overview = adminOf(target).listGroups(() -> Thread.currentThread().isInterrupted());
                    return new Listed(overview, Duration.ofNanos(System.nanoTime() - started));
                })
                .onSuccess(read -> finished(target, read))
                .onError(e -> {
                    all.clear();
                    error.set(ErrorText.of(e));
                    status.set("");
                })
                .onCancelled(() -> {
                    status.set("Stopped.");
                    stoppedBeforeListed.set(true);
                })
                .andFinally(() -> {
                    loading.set(false);
                    progress.set(readingTimeLags.get() ? -1 : 1);
                }));
        detail.reload();
    }

    /** Stop pressed: the listing and the time lags being read end now. */
    public void cancelLoading() {
        listing.cancel();
        timeLags.cancel();
        replaceRows(all.stream().map(g -> LagWords.NOT_READ_YET.equals(g.timeLag().why())
                ? g.withTimeLag(TimeLag.unknown("stopped before it was read")) : g).toList());
    }

    private record Listed(GroupsOverview overview, Duration took) {
    }

    private void finished(Connection target, Listed read) {
        var overview = read.overview();
        readCost = "read in " + read.took().toMillis() + " ms, " + overview.roundTrips()
                + (overview.roundTrips() == 1 ? " request" : " requests");
        replaceRows(carryTimeLags(overview.groups()));
        listedOk.set(true);
        describeCount();
        selectRequested();
        readTimeLags(target);
    }

    /**
     * A group read again keeps the lag in time known from the last listing until the second phase brings the new one:
     * a refresh does not turn every row back to "…".
     */
    private java.util.List<GroupSummary> carryTimeLags(java.util.List<GroupSummary> fresh) {
        var known = new java.util.HashMap<String, TimeLag>();
        for (var group : all) {
            if (group.timeLag().known()) {
                known.put(group.groupId(), group.timeLag());
            }
        }
        if (known.isEmpty()) {
            return fresh;
        }
        return fresh.stream().map(g -> !g.topics().isEmpty() && LagWords.NOT_READ_YET.equals(g.timeLag().why())
                && known.containsKey(g.groupId()) ? g.withTimeLag(known.get(g.groupId())) : g).toList();
    }

    /** The second phase: the lag in time of every group with offsets, while the table already shows. */
    private void readTimeLags(Connection target) {
        var ids = all.stream().filter(g -> !g.topics().isEmpty()).map(GroupSummary::groupId).toList();
        if (ids.isEmpty()) {
            fillTimeLags(Map.of(), "it has no committed offsets");
            return;
        }
        readingTimeLags.set(true);
        progress.set(-1);
        timeLags.replace(async.job("Reading the lag in time of " + ids.size() + " groups",
                        p -> adminOf(target).timeLags(ids, () -> Thread.currentThread().isInterrupted()))
                .onSuccess(lags -> fillTimeLags(lags, "it has no committed offsets"))
                .onError(e -> fillTimeLags(Map.of(), "could not be read: " + ErrorText.of(e)))
                .andFinally(() -> {
                    readingTimeLags.set(false);
                    if (!loading.get()) {
                        progress.set(1);
                    }
                }));
    }

    private void fillTimeLags(Map<String, TimeLag> lags, String otherwise) {
        var rows = new ArrayList<GroupSummary>(all.size());
        for (var group : all) {
            var lag = lags.get(group.groupId());
            if (lag != null) {
                rows.add(group.withTimeLag(lag));
            } else if (LagWords.NOT_READ_YET.equals(group.timeLag().why())) {
                rows.add(group.withTimeLag(TimeLag.unknown(otherwise)));
            } else {
                rows.add(group);
            }
        }
        replaceRows(rows);
    }

    /** Replaces rows while the selection they lose is kept: the person did not unselect anything. */
    private void replaceRows(java.util.List<GroupSummary> rows) {
        if (all.equals(rows)) {
            return;
        }
        relisting = true;
        try {
            all.setAll(rows);
        } finally {
            relisting = false;
        }
        var current = detail.groupProperty().get();
        if (current.isPresent() && all.stream().noneMatch(g -> g.groupId().equals(current.get()))) {
            detail.show(Optional.empty()); // deleted meanwhile
        }
    }

    private void selectRequested() {
        var wanted = requested.get();
        if (wanted.isEmpty()) {
            return;
        }
        requested.set(Optional.empty());
        all.stream().filter(g -> g.groupId().equals(wanted.get())).findFirst().ifPresentOrElse(group -> {
            if (group.internal()) {
                showInternal.set(true);
            }
            if (group.empty()) {
                showEmpty.set(true);
            }
            detail.show(Optional.of(group.groupId()));
        }, () -> notice.set("The group " + wanted.get() + " is not on " + listed.name() + " (any more)."));
    }

    private void applyFilter() {
        var text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        var internal = showInternal.get();
        var empty = showEmpty.get();
        shown.setPredicate(group -> (internal || !group.internal()) && (empty || !group.empty())
                && (text.isEmpty() || matches(group, text)));
        describeCount();
    }

    private static boolean matches(GroupSummary group, String text) {
        return group.groupId().toLowerCase(Locale.ROOT).contains(text)
                || group.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text));
    }

    /** "42 groups · 3 with lag · read in 180 ms, 4 requests", with what the filter and toggles hide. */
    private void describeCount() {
        if (loading.get() || !error.get().isEmpty() || !listedOk.get()) {
            return;
        }
        var visible = shown.size();
        var text = LagWords.count(visible) + (visible == 1 ? " group" : " groups");
        if (!filter.get().isBlank()) {
            text += " match “" + filter.get().strip() + "”";
        }
        var lagging = shown.stream().filter(g -> g.totalLag().orElse(0) > 0).count();
        text += " · " + lagging + " with lag";
        var pastEnd = shown.stream().filter(g -> g.partitionsPastEnd() > 0).count();
        if (pastEnd > 0) {
            text += " · " + pastEnd + " past end";
        }
        var hiddenInternal = showInternal.get() ? 0 : all.stream().filter(GroupSummary::internal).count();
        var hiddenEmpty = showEmpty.get() ? 0 : all.stream().filter(g -> g.empty() && (showInternal.get() || !g.internal())).count();
        if (hiddenInternal > 0) {
            text += " · " + hiddenInternal + " internal hidden";
        }
        if (hiddenEmpty > 0) {
            text += " · " + hiddenEmpty + " empty hidden";
        }
        // The second phase shows as the progress bar and Stop (their tooltip says what is read), not as more words
        // here: the status sits in a row whose right side keeps its preferred width, and 900 px must hold it.
        status.set(text + (readCost.isEmpty() ? "" : " · " + readCost));
    }

    /** The sandbox runs now, or runs on another port: a pane on it lists again. */
    public void sandboxRuns() {
        var current = connection.get();
        if (current == null || current.isLocalSandbox()) {
            open();
        }
    }

    /** The groups of a connection, on its shared client; off the FX thread (the client may be made now). */
    private GroupAdmin adminOf(Connection target) {
        return GroupAdmin.on(kafka.clientOf(target));
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<GroupSummary> groups() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showInternalProperty() {
        return showInternal;
    }

    public BooleanProperty showEmptyProperty() {
        return showEmpty;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True while the second phase reads the lag in time; Stop ends it too. */
    public ReadOnlyBooleanProperty readingTimeLagsProperty() {
        return readingTimeLags;
    }

    /** True when neither the listing nor the lag in time is being read: the rows will not change by themselves. */
    public javafx.beans.binding.BooleanBinding idleProperty() {
        return idle;
    }

    /** True when Stop came before this connection's groups were listed: the table says so instead of "none". */
    public ReadOnlyBooleanProperty stoppedBeforeListedProperty() {
        return stoppedBeforeListed;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<GroupSummary> selectedProperty() {
        return selected;
    }

    public StringBinding connectionLine() {
        return connectionLine;
    }

    public ObjectBinding<Tone> connectionTone() {
        return connectionTone;
    }

    public GroupDetailViewModel detail() {
        return detail;
    }
}
