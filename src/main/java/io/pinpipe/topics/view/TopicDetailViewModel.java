package io.pinpipe.topics.view;

import io.pinpipe.connections.Connection;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The selected topic: partitions, configuration and a peek at its newest messages; and the changes to it. */
public final class TopicDetailViewModel {

    private static final Duration PEEK_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Connection> connection;
    private final Function<Connection, TopicAdmin> admins;
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

    /**
     * @param connection the connection selected now, read on the FX thread
     * @param admins     the topics of a connection, called off the FX thread
     * @param notices    told what a change did ("Deleted topic X."), or "" when a change starts
     */
    TopicDetailViewModel(Supplier<Connection> connection, Function<Connection, TopicAdmin> admins, Async async,
                         Runnable topicsChanged, Consumer<String> notices) {
        this.connection = connection;
        this.admins = admins;
        this.async = async;
        this.topicsChanged = topicsChanged;
        this.notices = notices;
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
        partitions.clear();
        configs.clear();
        detail.set(Optional.empty());
        error.set("");
        if (topic.get().isEmpty()) {
            return;
        }
        var name = topic.get().get();
        var target = connection.get();
        loading.set(true);
        loadingDetail.replace(async.job("Describing " + name, p -> admins.apply(target).describe(name))
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

    /** One change to a topic, run off the FX thread. */
    @FunctionalInterface
    interface TopicChange {
        void apply(TopicAdmin admin, String topic);
    }
}
