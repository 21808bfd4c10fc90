package io.pinpipe.topics.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.consumers.GroupAdmin;
import io.pinpipe.connections.Connection;
import io.pinpipe.core.Tone;
import io.pinpipe.topics.ListedTopics;
import io.pinpipe.topics.TopicAdmin;
import io.pinpipe.topics.TopicSummary;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.workbench.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
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

import java.text.NumberFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Topics pane's list: which connection, the topics it has (filled batch by batch while a big
 * cluster loads), the filter, and the selected topic's detail.
 */
public final class TopicsViewModel {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    /** The Sandbox pane's key, for the hint that names its shortcut. */
    private static final String SANDBOX_PANE = "sandbox";

    private final KafkaConnections kafka;
    private final Async async;
    private final Navigator navigator;

    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<TopicSummary> all = FXCollections.observableArrayList();
    private final FilteredList<TopicSummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showInternal = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<TopicSummary> selected = new SimpleObjectProperty<>();
    /** Whether the last listing of the connection shown succeeded, for the status bar's tone. */
    private final BooleanProperty listedOk = new SimpleBooleanProperty(false);
    private final StringBinding connectionLine = Bindings.createStringBinding(
            () -> connection.get() == null ? "" : connection.get().statusLine(), connection);
    private final ObjectBinding<Tone> connectionTone = Bindings.createObjectBinding(() -> connection.get() == null
            ? Tone.NEUTRAL : loading.get() ? Tone.BUSY : !error.get().isEmpty() ? Tone.FAILED
            : listedOk.get() ? Tone.OK : Tone.NEUTRAL, connection, loading, error, listedOk);
    private final TopicDetailViewModel detail;
    /** True while rows are replaced by a listing: a selection lost then is not the person's doing. */
    private boolean relisting;
    private final ConnectionActions connectionActions;
    private final JobSlot listing = new JobSlot();
    /** The connection whose topics show (or are being listed). */
    private Connection listed;
    /** A connection chosen by the pane itself (just imported, saved or removed): its sentence stays. */
    private boolean selectingOnPurpose;

    public TopicsViewModel(KafkaConnections kafka, Async async, Navigator navigator) {
        this.kafka = kafka;
        this.async = async;
        this.navigator = navigator;
        this.detail = new TopicDetailViewModel(connection::get, this::adminOf,
                (target, topic, cancelled) -> GroupAdmin.on(kafka.clientOf(target)).readersOf(topic, cancelled),
                navigator, async, this::refresh, notice::set);
        this.connectionActions = new ConnectionActions(kafka, async, connection, notice, error, this::openAndSelect);
        filter.addListener((obs, old, value) -> {
            notice.set("");
            applyFilter();
        });
        showInternal.addListener((obs, old, value) -> applyFilter());
        applyFilter(); // internal topics stay hidden from the first listing on, as the unticked box says
        shown.addListener((ListChangeListener<TopicSummary>) change -> describeCount());
        loading.addListener((obs, old, now) -> describeCount());
        selected.addListener((obs, old, topic) -> follow(topic));
        // A topic described again (e.g. after adding partitions) updates its row: the list never contradicts the detail.
        detail.detailProperty().addListener((obs, old, loaded) -> loaded.ifPresent(this::updateRow));
        // The picker passes through null and back when its items are replaced: only another connection lists again.
        connection.addListener((obs, old, value) -> {
            if (value != null && !value.equals(listed)) {
                if (!selectingOnPurpose && listed != null && !value.name().equals(listed.name())) {
                    notice.set(""); // another connection picked by hand: the last change's sentence is stale
                }
                refresh();
            }
        });
    }

    /**
     * The detail follows the selected row. A row that only left the selection because the list was read again or the
     * row replaced (its topic still listed) keeps the detail and its peeked messages: the view selects it again.
     */
    private void follow(TopicSummary topic) {
        if (topic == null) {
            var current = detail.topicProperty().get();
            if (relisting && current.isPresent() && shown.stream().anyMatch(t -> t.name().equals(current.get()))) {
                return;
            }
            detail.show(Optional.empty());
            return;
        }
        if (!detail.topicProperty().get().equals(Optional.of(topic.name()))) {
            notice.set("");
        }
        detail.show(Optional.of(topic.name()));
    }

    private void updateRow(io.pinpipe.topics.TopicDetail loaded) {
        var fresh = new TopicSummary(loaded.name(), loaded.partitions().size(), loaded.replicationFactor(),
                loaded.underReplicatedPartitions(), loaded.internal(), Optional.empty());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(fresh.name())) {
                if (!all.get(i).equals(fresh)) {
                    relist(i, fresh);
                }
                return;
            }
        }
    }

    /** Replaces rows while the selection they lose is kept: the person did not unselect anything. */
    private void relist(int index, TopicSummary row) {
        relisting = true;
        try {
            all.set(index, row);
        } finally {
            relisting = false;
        }
    }

    /** The sandbox runs now, or runs on another port: a pane on it lists again, so no stale "not running" stays. */
    public void sandboxRuns() {
        var current = connection.get();
        if (current == null || current.isLocalSandbox()) {
            open();
        }
    }

    /** "Sandbox · 127.0.0.1:9092", "my-msk · b-1.example:9098 +2": what the status bar says Topics works on. */

    /** Reloads the connection list (the sandbox's address may have changed) and then the topics. */
    public void open() {
        notice.set("");
        var wanted = Optional.ofNullable(connection.get()).map(Connection::name);
        reloadConnections(wanted, true);
    }

    /** Reads the saved connections and the sandbox's address off the FX thread, then selects one. */
    private void reloadConnections(Optional<String> wanted, boolean refreshSame) {
        async.job("Reading connections", p -> kafka.catalog().all())
                .onSuccess(fresh -> {
                    selectingOnPurpose = true;
                    connections.setAll(fresh);
                    var current = wanted.flatMap(name -> fresh.stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .findFirst()).orElse(fresh.get(0));
                    var another = !current.equals(listed);
                    connection.set(current); // another connection than the one listed lists at once
                    selectingOnPurpose = false;
                    if (!another && refreshSame) {
                        refresh();
                    }
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    public void refresh() {
        var target = connection.get();
        if (target == null) {
            return;
        }
        // The same connection again keeps its rows (and so the selection) until the new listing replaces them.
        var same = target.equals(listed);
        listed = target;
        listing.cancel();
        loading.set(true);
        listedOk.set(false);
        if (!same) {
            all.clear();
        }
        error.set("");
        progress.set(-1);
        status.set("Connecting to " + target.name() + "…");
        var notRunningHint = "The local sandbox is not running. Start it in the Sandbox pane ("
                + navigator.shortcut(SANDBOX_PANE) + "), then refresh.";
        listing.replace(async.job("Listing topics of " + target.name(),
                        p -> listingOf(target, notRunningHint).listTopics(true, (batch, described, total) -> p.deliver(() -> {
                            // Rows land once, in finished(): an addAll behind the SortedList costs O(rows) per row.
                            progress.set(total == 0 ? 1 : (double) described / total);
                            status.set("Loading " + COUNT.format(described) + " of " + COUNT.format(total) + " topics…");
                        }), () -> Thread.currentThread().isInterrupted()))
                .onSuccess(this::finished)
                .onError(e -> {
                    all.clear();
                    error.set(ErrorText.of(e));
                    status.set("");
                })
                .andFinally(() -> loading.set(false)));
    }

    /** Stop pressed: the listing ends early and shows the topics described until then. */
    public void cancelLoading() {
        listing.finishEarly();
    }

    private void finished(ListedTopics listed) {
        if (!all.equals(listed.topics())) {
            relisting = true;
            try {
                all.setAll(listed.topics());
            } finally {
                relisting = false;
            }
        }
        // Read again (Refresh, the sandbox back, the pane shown again): the selected topic's detail too, keeping its peek.
        var selected = detail.topicProperty().get();
        if (selected.isPresent() && all.stream().anyMatch(t -> t.name().equals(selected.get()))) {
            detail.reload();
        }
        listedOk.set(true);
        progress.set(1);
        describeCount();
    }

    private void applyFilter() {
        var text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        var internal = showInternal.get();
        Predicate<TopicSummary> predicate = topic -> (internal || !topic.internal())
                && (text.isEmpty() || topic.name().toLowerCase(Locale.ROOT).contains(text));
        shown.setPredicate(predicate);
    }

    private void describeCount() {
        if (loading.get() || !error.get().isEmpty()) {
            return;
        }
        var visible = shown.size();
        var text = COUNT.format(visible) + (visible == 1 ? " topic" : " topics");
        if (!filter.get().isBlank()) {
            text += " match “" + filter.get().strip() + "”";
        }
        var hidden = showInternal.get() ? 0 : all.stream().filter(TopicSummary::internal).count();
        if (hidden > 0) {
            text += " · " + hidden + " internal hidden";
        }
        status.set(text);
    }

    /** The local sandbox gets a plain answer at once instead of a connection timeout. Off the FX thread. */
    private TopicAdmin listingOf(Connection target, String notRunningHint) {
        if (target.isLocalSandbox() && !kafka.sandboxRunning()) {
            throw new IllegalStateException(notRunningHint);
        }
        return adminOf(target);
    }

    /** The topics of a connection, on its shared client; off the FX thread (the client may be made now). */
    private TopicAdmin adminOf(Connection target) {
        return TopicAdmin.on(kafka.clientOf(target));
    }

    /** Every topic name on the cluster, for the create dialog's collision warning. */
    public Set<String> names() {
        var names = new HashSet<String>();
        all.forEach(topic -> names.add(topic.name()));
        return names;
    }

    /** Shows a connection just added and lists its topics. */
    public void openAndSelect(String name) {
        reloadConnections(Optional.of(name), false);
    }

    /** Creates PREFIX.pin, PREFIX.geo and PREFIX.user; says which were made and which already existed. */
    public void createPipelineTopics(String prefix, OptionalInt partitions, OptionalInt replicationFactor,
                                     Consumer<String> done, Consumer<String> failed) {
        var target = connection.get();
        async.job("Creating pipeline topics " + prefix + ".*", p -> adminOf(target).createPipelineTopics(prefix.strip(),
                        partitions, replicationFactor))
                .onSuccess(result -> {
                    var text = result.created().isEmpty() ? "Nothing to create."
                            : "Created " + String.join(", ", result.created()) + ".";
                    if (!result.skipped().isEmpty()) {
                        text += " Already there, left as they were: " + String.join(", ", result.skipped()) + ".";
                    }
                    notice.set(text);
                    refresh();
                    done.accept(text);
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** Test, import and export of the selected connection. */
    public ConnectionActions connectionActions() {
        return connectionActions;
    }

    public CreateTopicViewModel createTopic() {
        var target = connection.get();
        return new CreateTopicViewModel(() -> adminOf(target), async, names(), outcome -> {
            notice.set(outcome);
            refresh();
        });
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<TopicSummary> topics() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showInternalProperty() {
        return showInternal;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
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

    /** What the last change did, e.g. which pipeline topics already existed; the view may clear it. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<TopicSummary> selectedProperty() {
        return selected;
    }

    /** The connection Topics works on, one line for the status bar; empty with none. */
    public StringBinding connectionLine() {
        return connectionLine;
    }

    /** How the last listing went: busy while it runs, failed, or OK. */
    public ObjectBinding<Tone> connectionTone() {
        return connectionTone;
    }

    public TopicDetailViewModel detail() {
        return detail;
    }
}
