package io.pinpipe.topics.view;

import io.pinpipe.topics.ClusterInfo;
import io.pinpipe.topics.CreatedTopic;
import io.pinpipe.topics.NewTopicRequest;
import io.pinpipe.topics.TopicAdmin;
import io.pinpipe.topics.TopicNames;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The create-topic dialog: every field checked as you type, then "validate only" or "create". */
public final class CreateTopicViewModel {

    public static final String DEFAULT = "cluster default";

    private final Supplier<TopicAdmin> admin;
    private final Async async;
    private final Set<String> existing;
    /** Told the outcome sentence once a topic is created. */
    private final java.util.function.Consumer<String> created;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty partitions = new SimpleStringProperty("");
    private final StringProperty replicationFactor = new SimpleStringProperty("");
    private final StringProperty retentionMs = new SimpleStringProperty("");
    private final StringProperty cleanupPolicy = new SimpleStringProperty(DEFAULT);
    private final StringProperty minInsyncReplicas = new SimpleStringProperty("");
    private final StringProperty compression = new SimpleStringProperty(DEFAULT);
    private final ObjectProperty<Optional<ClusterInfo>> cluster = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");

    private final StringBinding nameNote = Bindings.createStringBinding(
            () -> name.get().isEmpty() ? "" : TopicNames.check(name.get(), existingNames()).note().orElse(""), name);
    private final BooleanBinding nameAllowed = Bindings.createBooleanBinding(
            () -> !name.get().isEmpty() && TopicNames.check(name.get(), existingNames()).allowsCreate(), name);
    private final StringBinding partitionsProblem = Bindings.createStringBinding(
            () -> FieldChecks.count(partitions.get(), "Partitions", 1, 100_000), partitions);
    private final StringBinding replicationProblem = Bindings.createStringBinding(
            () -> FieldChecks.replicationFactor(replicationFactor.get(), brokers()), replicationFactor, cluster);
    private final StringBinding minIsrProblem = Bindings.createStringBinding(
            () -> FieldChecks.minInsync(minInsyncReplicas.get(), replicationFactor.get(), brokers()),
            minInsyncReplicas, replicationFactor, cluster);
    private final StringBinding retentionProblem = Bindings.createStringBinding(
            () -> FieldChecks.retention(retentionMs.get()), retentionMs);
    private final StringBinding retentionHint = Bindings.createStringBinding(
            () -> FieldChecks.retentionHint(retentionMs.get()), retentionMs);
    private final BooleanBinding ready = nameAllowed.and(partitionsProblem.isEmpty()).and(replicationProblem.isEmpty())
            .and(minIsrProblem.isEmpty()).and(retentionProblem.isEmpty()).and(busy.not());

    CreateTopicViewModel(Supplier<TopicAdmin> admin, Async async, Set<String> existing,
                         java.util.function.Consumer<String> created) {
        this.admin = admin;
        this.async = async;
        this.existing = Set.copyOf(existing);
        this.created = created;
        // Any edit makes an earlier verdict stale.
        for (var field : new StringProperty[] {name, partitions, replicationFactor, retentionMs, cleanupPolicy,
                minInsyncReplicas, compression}) {
            field.addListener((obs, old, value) -> {
                outcome.set("");
                refusal.set("");
            });
        }
    }

    /** Reads the broker count and defaults, so the form can say what "empty" means and what is too many. */
    public void loadCluster() {
        async.job("Reading cluster defaults", p -> admin.get().clusterInfo())
                .onSuccess(info -> cluster.set(Optional.of(info)))
                .onError(e -> refusal.set(ErrorText.of(e)))
                .start();
    }

    public void validateOnly() {
        submit(true, () -> { });
    }

    public void create(Runnable onCreated) {
        submit(false, onCreated);
    }

    private void submit(boolean validateOnly, Runnable onCreated) {
        if (!ready.get()) {
            return;
        }
        busy.set(true);
        outcome.set("");
        refusal.set("");
        var request = request();
        async.job((validateOnly ? "Validating topic " : "Creating topic ") + request.name(),
                        p -> admin.get().create(request, validateOnly))
                .onSuccess(result -> {
                    outcome.set(describe(result));
                    if (!validateOnly) {
                        created.accept(describe(result));
                        onCreated.run();
                    }
                })
                .onError(e -> refusal.set(ErrorText.of(e)))
                .andFinally(() -> busy.set(false))
                .start();
    }

    NewTopicRequest request() {
        var request = NewTopicRequest.named(name.get().strip());
        if (!partitions.get().isBlank()) {
            request = request.withPartitions(Integer.parseInt(partitions.get().strip()));
        }
        if (!replicationFactor.get().isBlank()) {
            request = request.withReplicationFactor(Integer.parseInt(replicationFactor.get().strip()));
        }
        if (!retentionMs.get().isBlank()) {
            request = request.withConfig("retention.ms", retentionMs.get().strip());
        }
        if (!DEFAULT.equals(cleanupPolicy.get())) {
            request = request.withConfig("cleanup.policy", cleanupPolicy.get());
        }
        if (!minInsyncReplicas.get().isBlank()) {
            request = request.withConfig("min.insync.replicas", minInsyncReplicas.get().strip());
        }
        if (!DEFAULT.equals(compression.get())) {
            request = request.withConfig("compression.type", compression.get());
        }
        return request;
    }

    private static String describe(CreatedTopic result) {
        var what = result.name() + " with " + result.partitions() + " partition" + (result.partitions() == 1 ? "" : "s")
                + " and replication factor " + result.replicationFactor();
        var verdict = result.validateOnly() ? "The broker would create " + what + "." : "Created " + what + ".";
        return result.warnings().isEmpty() ? verdict : verdict + " " + String.join(" ", result.warnings());
    }

    private Set<String> existingNames() {
        return existing;
    }

    private Optional<Integer> brokers() {
        return cluster.get().map(ClusterInfo::brokerCount);
    }

    public String partitionsPrompt() {
        return cluster.get().flatMap(c -> c.defaultPartitions().isPresent()
                ? Optional.of(Integer.toString(c.defaultPartitions().getAsInt())) : Optional.empty()).orElse(DEFAULT);
    }

    public ObjectProperty<Optional<ClusterInfo>> clusterProperty() {
        return cluster;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty partitionsProperty() {
        return partitions;
    }

    public StringProperty replicationFactorProperty() {
        return replicationFactor;
    }

    public StringProperty retentionMsProperty() {
        return retentionMs;
    }

    public StringProperty cleanupPolicyProperty() {
        return cleanupPolicy;
    }

    public StringProperty minInsyncReplicasProperty() {
        return minInsyncReplicas;
    }

    public StringProperty compressionProperty() {
        return compression;
    }

    public StringBinding nameNoteProperty() {
        return nameNote;
    }

    public BooleanBinding nameAllowedProperty() {
        return nameAllowed;
    }

    public StringBinding partitionsProblemProperty() {
        return partitionsProblem;
    }

    public StringBinding replicationProblemProperty() {
        return replicationProblem;
    }

    public StringBinding minIsrProblemProperty() {
        return minIsrProblem;
    }

    public StringBinding retentionProblemProperty() {
        return retentionProblem;
    }

    public StringBinding retentionHintProperty() {
        return retentionHint;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal;
    }
}
