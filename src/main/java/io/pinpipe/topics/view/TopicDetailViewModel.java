package io.pinpipe.topics.view;

import io.pinpipe.connections.Connection;
import io.pinpipe.consumers.TopicReader;
import io.pinpipe.workbench.Navigator;
import io.pinpipe.topics.PartitionDetail;
import io.pinpipe.topics.PeekedMessage;
import io.pinpipe.topics.TopicAdmin;
import io.pinpipe.topics.TopicConfigValue;
import io.pinpipe.topics.TopicDetail;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import io.pinpipe.ui.JobSlot;
import javafx.beans.binding.Bindings;
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
import javafx.collections.transformation.FilteredList;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The selected topic: partitions, configuration and a peek at its newest messages; and the changes to it. */
public final class TopicDetailViewModel {

    private static final Duration PEEK_TIMEOUT = Duration.ofSeconds(10);
    /** The Consumers pane's key: "Open in Consumers" goes there without this package knowing the pane. */
    static final String CONSUMERS_PANE = "consumers";
    /** The Messages pane's key: "Open in Messages" goes there with this connection and topic. */
    static final String MESSAGES_PANE = "messages";

    private final Supplier<Connection> connection;
    private final Function<Connection, TopicAdmin> admins;
    private final ReadersOf readersOf;
    private final Navigator navigator;
    private final Async async;
    private final Runnable topicsChanged;
    private final Consumer<String> notices;
    private final ObjectProperty<Optional<String>> topic = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<TopicDetail>> detail = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<PartitionDetail> partitions = FXCollections.observableArrayList();
    private final ObservableList<TopicConfigValue> configs = FXCollections.observableArrayList();
    private final StringProperty configFilter = new SimpleStringProperty("");
    private final FilteredList<TopicConfigValue> shownConfigs = new FilteredList<>(configs);
    private final ObservableList<PeekedMessage> messages = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty peekCount = new SimpleStringProperty(Integer.toString(TopicAdmin.DEFAULT_PEEK_COUNT));
    private final StringProperty peekStatus = new SimpleStringProperty("");
    private final StringBinding peekProblem = Bindings.createStringBinding(
            () -> PeekCount.parse(peekCount.get()).problem().orElse(""), peekCount);
    private final BooleanProperty peekRunning = new SimpleBooleanProperty(false);
    private final JobSlot loadingDetail = new JobSlot();
    private final JobSlot peeking = new JobSlot();
    private final ObservableList<TopicReader> readers = FXCollections.observableArrayList();
    private final StringProperty readersStatus = new SimpleStringProperty("");
    private final BooleanProperty readersShown = new SimpleBooleanProperty(false);
    private final JobSlot readingReaders = new JobSlot();
    /** The topic whose readers show (or are being read); empty after a reload until they are read again. */
    private Optional<String> readersLoadedFor = Optional.empty();

    /**
     * @param connection the connection selected now, read on the FX thread
     * @param admins     the topics of a connection, called off the FX thread
     * @param readersOf  the consumer groups that read a topic, called off the FX thread
     * @param navigator  where "Open in Consumers" sends the user
     * @param notices    told what a change did ("Deleted topic X."), or "" when a change starts
     */
    TopicDetailViewModel(Supplier<Connection> connection, Function<Connection, TopicAdmin> admins, ReadersOf readersOf,
                         Navigator navigator, Async async, Runnable topicsChanged, Consumer<String> notices) {
        this.connection = connection;
        this.admins = admins;
        this.readersOf = readersOf;
        this.navigator = navigator;
        this.async = async;
        this.topicsChanged = topicsChanged;
        this.notices = notices;
        readersShown.addListener((obs, was, shown) -> {
            if (shown && !readersLoadedFor.equals(topic.get())) {
                loadReaders();
            }
        });
        configFilter.addListener((obs, old, text) -> {
            var wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            shownConfigs.setPredicate(wanted.isEmpty() ? null
                    : config -> config.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                    || config.value().orElse("").toLowerCase(java.util.Locale.ROOT).contains(wanted));
        });
    }

    /** Shows another topic; the same one again keeps what shows, peeked messages included. */
    void show(Optional<String> name) {
        if (name.equals(topic.get())) {
            return;
        }
        topic.set(name);
        peeking.cancel();
        messages.clear();
        peekStatus.set("");
        reload();
    }

    public void reload() {
        loadingDetail.cancel();
        readingReaders.cancel();
        readersLoadedFor = Optional.empty();
        partitions.clear();
        configs.clear();
        detail.set(Optional.empty());
        error.set("");
        readers.clear();
        readersStatus.set("");
        if (topic.get().isEmpty()) {
            return;
        }
        var name = topic.get().get();
        var target = connection.get();
        loading.set(true);
        if (readersShown.get()) {
            loadReaders();
        }
        loadingDetail.add(async.job("Describing " + name, p -> admins.apply(target).describe(name))
                .onSuccess(loaded -> {
                    detail.set(Optional.of(loaded));
                    partitions.setAll(loaded.partitions());
                    configs.setAll(loaded.configs().stream()
                            .sorted(Comparator.comparing((TopicConfigValue c) -> !c.overridden())
                                    .thenComparing(TopicConfigValue::name))
                            .toList());
                })
                .onError(e -> error.set(ErrorText.of(e)))
                .andFinally(() -> loading.set(false)));
    }

    /**
     * Reads the topic's readers, only while the Groups tab shows: it lists every group of the cluster, which a
     * person looking at partitions or messages should not wait for on a cluster with thousands of groups.
     */
    private void loadReaders() {
        readingReaders.cancel();
        readers.clear();
        if (topic.get().isEmpty()) {
            readersStatus.set("");
            return;
        }
        var name = topic.get().get();
        var target = connection.get();
        readersLoadedFor = topic.get();
        readersStatus.set("Reading which consumer groups read " + name + "…");
        readingReaders.replace(async.job("Reading the readers of " + name,
                        p -> readersOf.read(target, name, () -> Thread.currentThread().isInterrupted()))
                .onSuccess(found -> {
                    readers.setAll(found);
                    readersStatus.set(found.isEmpty() ? "No consumer group reads " + name + "." : "");
                })
                .onError(e -> readersStatus.set("The consumer groups could not be read: " + ErrorText.of(e))));
    }

    /** Shows the group in the Consumers pane, on this connection. */
    public void openInConsumers(String groupId) {
        navigator.show(CONSUMERS_PANE, Navigator.Target.connection(connection.get()).group(groupId));
    }

    /** Shows the topic in the Messages pane, on this connection: to search, page and tail it there. */
    public void openInMessages() {
        topic.get().ifPresent(name -> navigator.show(MESSAGES_PANE, Navigator.Target.connection(connection.get())
                .topic(name)));
    }

    public void peek() {
        var name = topic.get();
        var count = PeekCount.parse(peekCount.get());
        if (name.isEmpty() || count.problem().isPresent()) {
            peekStatus.set(""); // the problem shows next to the field
            return;
        }
        var target = connection.get();
        peekRunning.set(true);
        peekStatus.set("Reading the newest messages…");
        peeking.replace(async.job("Peeking at " + name.get(), p -> admins.apply(target).peek(name.get(), count.value(), PEEK_TIMEOUT))
                .onSuccess(found -> {
                    messages.setAll(found);
                    peekStatus.set(found.isEmpty() ? "The topic has no messages." : found.size() + " newest messages");
                })
                .onError(e -> peekStatus.set(ErrorText.of(e)))
                .andFinally(() -> peekRunning.set(false)));
    }

    /** A change to the topic; on success the detail reloads, on failure the sentence goes to {@code onError}. */
    void change(String title, TopicChange change, Runnable onDone, Consumer<String> onError) {
        var name = topic.get();
        if (name.isEmpty()) {
            return;
        }
        var target = connection.get();
        notices.accept("");
        async.job(title, p -> {
                    change.apply(admins.apply(target), name.get());
                    return name.get();
                })
                .onSuccess(done -> {
                    onDone.run();
                    if (topic.get().equals(name)) {
                        reload();
                    }
                })
                .onError(e -> onError.accept(ErrorText.of(e)))
                .start();
    }

    public void addPartitions(int total, Runnable onDone, Consumer<String> onError) {
        var name = topic.get().orElse("");
        change("Adding partitions", (admin, topicName) -> admin.addPartitions(topicName, total, false), () -> {
            onDone.run();
            notices.accept("Topic " + name + " now has " + total + " partitions.");
        }, onError);
    }

    public void alterConfig(String key, String value, Runnable onDone, Consumer<String> onError) {
        var name = topic.get().orElse("");
        change("Changing " + key, (admin, topicName) -> admin.alterConfig(topicName, key, value, false), () -> {
            onDone.run();
            notices.accept(value.isEmpty() ? "Set " + key + " of " + name + " back to its default."
                    : "Set " + key + " of " + name + " to " + value + ".");
        }, onError);
    }

    public void delete(Runnable onDone, Consumer<String> onError) {
        var name = topic.get().orElse("");
        change("Deleting the topic", (admin, topicName) -> admin.delete(topicName), () -> {
            onDone.run();
            notices.accept("Deleted topic " + name + ".");
            topicsChanged.run();
        }, onError);
    }

    public ReadOnlyObjectProperty<Optional<String>> topicProperty() {
        return topic;
    }

    public ReadOnlyObjectProperty<Optional<TopicDetail>> detailProperty() {
        return detail;
    }

    public ObservableList<PartitionDetail> partitions() {
        return partitions;
    }

    /** The configuration as the search box leaves it. */
    public ObservableList<TopicConfigValue> configs() {
        return shownConfigs;
    }

    public StringProperty configFilterProperty() {
        return configFilter;
    }

    /** Why the typed peek count is not usable, or "". */
    public StringBinding peekProblemProperty() {
        return peekProblem;
    }

    public ObservableList<PeekedMessage> messages() {
        return messages;
    }

    /** The consumer groups that read the topic, with their lag on it. */
    public ObservableList<TopicReader> readers() {
        return readers;
    }

    /** True while the Groups tab shows: the readers are read then (and again on each reload). */
    public BooleanProperty readersShownProperty() {
        return readersShown;
    }

    /** "Reading…", "No consumer group reads X.", why they could not be read; "" when the table says it all. */
    public ReadOnlyStringProperty readersStatusProperty() {
        return readersStatus;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public StringProperty peekCountProperty() {
        return peekCount;
    }

    public ReadOnlyStringProperty peekStatusProperty() {
        return peekStatus;
    }

    public ReadOnlyBooleanProperty peekingProperty() {
        return peekRunning;
    }

    /** The groups that read a topic on a connection; blocks, called off the FX thread. */
    @FunctionalInterface
    interface ReadersOf {
        List<TopicReader> read(Connection connection, String topic, BooleanSupplier cancelled);
    }

    /** One change to a topic, run off the FX thread. */
    @FunctionalInterface
    interface TopicChange {
        void apply(TopicAdmin admin, String topic);
    }
}
