package io.pinpipe.messages.view;

import io.pinpipe.client.KafkaConnections;
import io.pinpipe.connections.Connection;
import io.pinpipe.core.Tone;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.StartPositions;
import io.pinpipe.topics.TopicAdmin;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import io.pinpipe.workbench.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Messages pane: which connection and topic, which partitions, where to start, the filter, and the search or
 * live tail whose rows the table shows, with the selected message for the detail.
 */
public final class MessagesViewModel {

    private static final String SANDBOX_PANE = "sandbox";
    private static final String TOPICS_PANE = "topics";

    private final KafkaConnections kafka;
    private final Async async;
    private final Navigator navigator;
    private final Clock clock;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableList<Integer> partitions = FXCollections.observableArrayList();
    /** The partitions chosen; empty means all. */
    private final ObservableSet<Integer> chosen = FXCollections.observableSet();
    private final ObjectProperty<StartKind> startKind = new SimpleObjectProperty<>(StartKind.NEWEST);
    private final StringProperty startText = new SimpleStringProperty(StartKind.NEWEST.example());
    private final StringProperty startProblem = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<Message> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Message> selected = new SimpleObjectProperty<>();
    private final FilterFields filter;
    private final SavedFilterList saved;
    private final Search search;
    private final LiveTail live;
    private final JobSlot listing = new JobSlot();
    private final JobSlot partitionsRead = new JobSlot();
    private final BooleanBinding busy;
    private final StringBinding connectionLine = Bindings.createStringBinding(
            () -> connection.get() == null ? "" : connection.get().statusLine(), connection);
    private final ObjectBinding<Tone> connectionTone;
    private Connection listed;
    /** True while the topic list is replaced: the picker's passing changes of its value are not the user's. */
    private boolean replacingTopics;

    public MessagesViewModel(KafkaConnections kafka, Async async, Navigator navigator, SavedFilterList saved,
                             Clock clock) {
        this.kafka = kafka;
        this.async = async;
        this.navigator = navigator;
        this.clock = clock;
        this.saved = saved;
        this.filter = new FilterFields(clock);
        this.search = new Search(async, this::browserOf, rows, this::failed);
        this.live = new LiveTail(async, this::browserOf, rows, this::failed, LiveTail.KEEP);
        busy = search.scanningProperty().or(live.runningProperty());
        connectionTone = Bindings.createObjectBinding(() -> connection.get() == null ? Tone.NEUTRAL
                : busy.get() ? Tone.BUSY : !error.get().isEmpty() ? Tone.FAILED : Tone.OK, connection, busy, error);
        connection.addListener((obs, old, now) -> {
            if (now != null && !now.equals(listed)) {
                listTopics();
            }
        });
        topic.addListener((obs, old, now) -> {
            if (replacingTopics || java.util.Objects.equals(old == null ? "" : old.strip(), topicName())) {
                return;
            }
            clearResults(); // another topic's rows never stay under this one's name
            topicChosen();
        });
        startKind.addListener((obs, old, kind) -> {
            startText.set(kind.example());
            checkStart();
        });
        startText.addListener((obs, old, text) -> checkStart());
    }

    /** Reloads the connection list (the sandbox may have moved), keeping the one chosen. */
    public void open() {
        var wanted = Optional.ofNullable(connection.get()).map(Connection::name);
        async.job("Reading connections", p -> kafka.catalog().all())
                .onSuccess(fresh -> {
                    var kept = connection.get();
                    var current = wanted.flatMap(name -> fresh.stream().filter(c -> c.name().equalsIgnoreCase(name))
                            .findFirst()).orElse(kept != null ? kept : fresh.isEmpty() ? null : fresh.get(0));
                    var all = new java.util.ArrayList<>(fresh);
                    if (current != null && !all.contains(current)) {
                        all.add(current); // opened from another pane, not saved: still the one shown
                    }
                    connections.setAll(all);
                    if (current == null) {
                        error.set("No connection yet. Add one in the Topics pane (" + navigator.shortcut(TOPICS_PANE)
                                + "), or start the local sandbox.");
                        return;
                    }
                    var same = current.equals(listed);
                    connection.set(current); // the picker may have let go of it when its items were replaced
                    if (same) {
                        readTopics(current); // shown again: topics made meanwhile are offered, the results stay
                    }
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .start();
    }

    /** Another pane sent the user here: this connection, and this topic. */
    public void openTarget(Navigator.Target target) {
        if (!connections.contains(target.connection())) {
            connections.add(target.connection());
        }
        connection.set(target.connection());
        target.topic().ifPresent(topic::set);
    }

    /** The sandbox runs now or on another port: a pane on it lists again. */
    public void sandboxRuns() {
        if (connection.get() == null || connection.get().isLocalSandbox()) {
            listed = null;
            open();
        }
    }

    private void listTopics() {
        var target = connection.get();
        listed = target;
        clearResults();
        readTopics(target);
    }

    private void readTopics(Connection target) {
        error.set("");
        var notRunning = "The local sandbox is not running. Start it in the Sandbox pane ("
                + navigator.shortcut(SANDBOX_PANE) + ").";
        listing.replace(async.job("Listing the topics of " + target.name(), p -> {
                    if (target.isLocalSandbox() && !kafka.sandboxRunning()) {
                        throw new IllegalStateException(notRunning);
                    }
                    return TopicAdmin.on(kafka.clientOf(target)).topicNames().stream().sorted().toList();
                })
                .onSuccess(names -> {
                    if (!names.equals(topics)) {
                        var kept = topic.get();
                        replacingTopics = true;
                        try {
                            topics.setAll(names);
                            topic.set(kept); // the picker may have let go of it when its items were replaced
                        } finally {
                            replacingTopics = false;
                        }
                    }
                    if (partitions.isEmpty()) {
                        topicChosen();
                    }
                })
                .onError(e -> error.set(ErrorText.of(e))));
    }

    private void topicChosen() {
        var name = topicName();
        partitions.clear();
        chosen.clear();
        saved.load(name);
        if (name.isEmpty() || connection.get() == null || !topics.contains(name)) {
            return;
        }
        var target = connection.get();
        partitionsRead.replace(async.job("Reading the partitions of " + name,
                        p -> browserOf(target).partitions(name))
                .onSuccess(partitions::setAll)
                .onError(e -> error.set(ErrorText.of(e))));
    }

    private void checkStart() {
        startProblem.set(startProblemNow().orElse(""));
    }

    private Optional<String> startProblemNow() {
        var kind = startKind.get();
        if (kind == StartKind.NEWEST) {
            return StartKind.countProblem(startText.get());
        }
        try {
            StartPositions.parse(kind.words(startText.get()), BrowseRequest.DEFAULT_PAGE_SIZE, clock);
            return Optional.empty();
        } catch (MessageException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Search (or tail, when the start is Live); a bad field shows its problem and nothing runs. */
    public void run() {
        var request = request();
        if (request.isEmpty()) {
            return;
        }
        error.set("");
        selected.set(null);
        if (startKind.get() == StartKind.LIVE) {
            search.cancel();
            live.start(connection.get(), request.get());
        } else {
            live.stop();
            search.start(connection.get(), request.get());
        }
    }

    private void clearResults() {
        search.cancel();
        live.stop();
        search.reset();
        rows.clear();
        selected.set(null);
    }

    /** Stop: a search keeps what it matched so far; a tail keeps its rows. */
    public void stop() {
        search.stop();
        live.stop();
    }

    Optional<BrowseRequest> request() {
        if (connection.get() == null) {
            error.set("Choose a connection first.");
            return Optional.empty();
        }
        var name = topicName();
        if (name.isEmpty()) {
            error.set("Choose a topic to read.");
            return Optional.empty();
        }
        checkStart();
        var filtered = filter.toFilter();
        if (!startProblem.get().isEmpty() || filtered.isEmpty()) {
            return Optional.empty();
        }
        var kind = startKind.get();
        var pageSize = kind == StartKind.NEWEST ? Integer.parseInt(startText.get().strip())
                : BrowseRequest.DEFAULT_PAGE_SIZE;
        var start = StartPositions.parse(kind.words(startText.get()), pageSize, clock);
        return Optional.of(new BrowseRequest(name, chosen.stream().sorted().toList(), start, filtered.get(), pageSize,
                ScanLimit.DEFAULT));
    }

    /** Bad input found by the engine (an offset out of range) goes next to the start; the rest above the table. */
    private void failed(Throwable e) {
        if (e instanceof MessageException m && m.reason() == MessageException.Reason.INVALID_REQUEST
                && startKind.get() != StartKind.NEWEST) {
            startProblem.set(m.getMessage());
        } else {
            error.set(ErrorText.of(e));
        }
    }

    /** The produce dialog's model for the topic chosen, with a message to send again; empty without a topic. */
    Optional<ProduceViewModel> produce(Optional<Message> again) {
        var name = topicName();
        if (connection.get() == null || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProduceViewModel.over(kafka, connection.get(), async, name, List.copyOf(partitions), again));
    }

    /** The export dialog's model: the messages selected, or every match of the search shown. */
    Optional<ExportViewModel> export(List<Message> selectedRows) {
        var name = topicName();
        if (connection.get() == null || name.isEmpty()) {
            return Optional.empty();
        }
        var current = search.request().filter(r -> r.topic().equals(name) && !live.runningProperty().get());
        return Optional.of(ExportViewModel.over(kafka, connection.get(), async, name, selectedRows, current));
    }

    /** Whether there is a topic to produce to. */
    BooleanBinding canProduce() {
        return Bindings.createBooleanBinding(() -> connection.get() != null && !topicName().isEmpty(), connection,
                topic);
    }

    String topicName() {
        return topic.get() == null ? "" : topic.get().strip();
    }

    /** The topics of a connection's shared client; off the FX thread (the client may be made now). */
    private MessageBrowser browserOf(Connection target) {
        return MessageBrowser.on(kafka.clientOf(target));
    }

    KafkaConnections kafka() {
        return kafka;
    }

    Async async() {
        return async;
    }

    public ObservableList<Connection> connections() {
        return connections;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    ObservableList<String> topics() {
        return topics;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    ObservableList<Integer> partitions() {
        return partitions;
    }

    ObservableSet<Integer> chosenPartitions() {
        return chosen;
    }

    ObjectProperty<StartKind> startKindProperty() {
        return startKind;
    }

    StringProperty startTextProperty() {
        return startText;
    }

    StringProperty startProblemProperty() {
        return startProblem;
    }

    StringProperty errorProperty() {
        return error;
    }

    ObservableList<Message> rows() {
        return rows;
    }

    ObjectProperty<Message> selectedProperty() {
        return selected;
    }

    FilterFields filter() {
        return filter;
    }

    SavedFilterList saved() {
        return saved;
    }

    Search search() {
        return search;
    }

    LiveTail live() {
        return live;
    }

    BooleanBinding busyProperty() {
        return busy;
    }

    /** "Live" on the sidebar entry while a tail runs, seen from every pane. */
    public StringBinding activity() {
        return Bindings.when(live.runningProperty()).then("Live").otherwise("");
    }

    public ObjectBinding<Tone> activityTone() {
        return Bindings.createObjectBinding(() -> live.runningProperty().get() ? Tone.BUSY : Tone.NEUTRAL,
                live.runningProperty());
    }

    public StringBinding connectionLine() {
        return connectionLine;
    }

    public ObjectBinding<Tone> connectionTone() {
        return connectionTone;
    }
}
