package io.pinpipe.clusters.view;

import io.pinpipe.clusters.BootstrapBrokers;
import io.pinpipe.clusters.BootstrapString;
import io.pinpipe.clusters.BrokerNetwork;
import io.pinpipe.clusters.BrokerNode;
import io.pinpipe.clusters.ClusterConnections;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskException;
import io.pinpipe.clusters.MskGateway;
import io.pinpipe.clusters.MskTopic;
import io.pinpipe.connections.AuthMode;
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

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The selected cluster: its bootstrap strings, brokers and topics, each loaded on its own so that one refused
 * call (say, no kafka:ListNodes) leaves the others showing.
 */
public final class ClusterDetailViewModel {

    private final Function<ClusterSummary, MskGateway> gateway;
    private final Async async;
    private final ObjectProperty<Optional<ClusterSummary>> cluster = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<BootstrapBrokers>> brokers = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<BootstrapString> bootstrap = FXCollections.observableArrayList();
    private final ObservableList<BrokerNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<MskTopic> topics = FXCollections.observableArrayList();
    private final StringProperty bootstrapError = new SimpleStringProperty("");
    private final StringProperty nodesError = new SimpleStringProperty("");
    private final StringProperty topicsError = new SimpleStringProperty("");
    private final StringProperty bootstrapErrorTitle = new SimpleStringProperty("");
    private final StringProperty nodesErrorTitle = new SimpleStringProperty("");
    private final StringProperty topicsErrorTitle = new SimpleStringProperty("");
    private final StringBinding actionsBlocked;
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<Optional<AuthMode>> bestMode = new SimpleObjectProperty<>(Optional.empty());
    private final BooleanProperty vpcOnly = new SimpleBooleanProperty(false);
    private final JobSlot parts = new JobSlot();

    /** @param gateway the client for a cluster's profile and region; called off the FX thread */
    ClusterDetailViewModel(Function<ClusterSummary, MskGateway> gateway, Async async) {
        this.gateway = gateway;
        this.async = async;
        this.actionsBlocked = Bindings.createStringBinding(this::whyActionsAreDisabled, cluster, loading, bootstrapError,
                brokers, bestMode);
    }

    /** A disabled button shows no tooltip, so the view writes this next to the buttons; "" when they work. */
    private String whyActionsAreDisabled() {
        if (cluster.get().isEmpty()) {
            return "";
        }
        if (!bootstrapError.get().isEmpty()) {
            return "Connect, Diagnose and client.properties need the bootstrap brokers, which did not load (see below).";
        }
        if (loading.get() || brokers.get().isEmpty()) {
            return "Loading the bootstrap brokers: Connect, Diagnose and client.properties need them.";
        }
        if (bestMode.get().isEmpty()) {
            return "None of the cluster's bootstrap brokers is one Pinpipe can connect with yet: Connect and Diagnose "
                    + "wait for one.";
        }
        return "";
    }

    void show(Optional<ClusterSummary> selected) {
        parts.cancel();
        cluster.set(selected);
        brokers.set(Optional.empty());
        bestMode.set(Optional.empty());
        vpcOnly.set(false);
        bootstrap.clear();
        nodes.clear();
        topics.clear();
        bootstrapError.set("");
        nodesError.set("");
        topicsError.set("");
        bootstrapErrorTitle.set("");
        nodesErrorTitle.set("");
        topicsErrorTitle.set("");
        if (selected.isEmpty()) {
            loading.set(false);
            return;
        }
        var summary = selected.get();
        loading.set(true);
        load("Bootstrap brokers of " + summary.name(), () -> gateway.apply(summary).bootstrapBrokers(summary), found -> {
            brokers.set(Optional.of(found));
            bootstrap.setAll(found.strings());
            bestMode.set(ClusterConnections.bestMode(summary, found));
            vpcOnly.set(!found.isEmpty() && found.strings().stream().noneMatch(string -> string.network() == BrokerNetwork.PUBLIC));
            loading.set(false);
        }, bootstrapError, bootstrapErrorTitle, () -> loading.set(false));
        load("Brokers of " + summary.name(), () -> gateway.apply(summary).nodes(summary), nodes::setAll, nodesError,
                nodesErrorTitle, () -> { });
        load("MSK topics of " + summary.name(), () -> gateway.apply(summary).topics(summary), topics::setAll, topicsError,
                topicsErrorTitle, () -> { });
    }

    private <T> void load(String title, java.util.concurrent.Callable<T> call, java.util.function.Consumer<T> done,
                          StringProperty error, StringProperty errorTitle, Runnable failed) {
        parts.add(async.job(title, progress -> call.call())
                .onSuccess(done)
                .onError(e -> {
                    errorTitle.set(headline(e, title));
                    error.set(ErrorText.of(e));
                    failed.run();
                }));
    }

    /** The box's first line: the kind of failure, so "Access denied" reads before the sentence about the policy. */
    private static String headline(Throwable failure, String what) {
        var reason = failure instanceof MskException msk ? Optional.of(msk.reason())
                : failure.getCause() instanceof MskException msk ? Optional.of(msk.reason()) : Optional.<MskException.Reason>empty();
        return reason.map(r -> switch (r) {
            case ACCESS_DENIED -> "Access denied";
            case NO_CREDENTIALS, EXPIRED_CREDENTIALS, INVALID_CREDENTIALS -> "AWS credentials needed";
            case NOT_READY -> "Not ready yet";
            case THROTTLED -> "Throttled by AWS";
            case UNREACHABLE -> "MSK API not reachable";
            default -> "Could not load " + what.toLowerCase(java.util.Locale.ROOT);
        }).orElse("Could not load " + what.toLowerCase(java.util.Locale.ROOT));
    }

    /** Reloads what shows, e.g. after the profile's permissions were fixed. */
    public void reload() {
        show(cluster.get());
    }

    public ReadOnlyObjectProperty<Optional<ClusterSummary>> clusterProperty() {
        return cluster;
    }

    public ReadOnlyObjectProperty<Optional<BootstrapBrokers>> brokersProperty() {
        return brokers;
    }

    public ReadOnlyObjectProperty<Optional<AuthMode>> bestModeProperty() {
        return bestMode;
    }

    /** True when the cluster has no public bootstrap string: from outside its VPC, nothing reaches the brokers. */
    public ReadOnlyBooleanProperty vpcOnlyProperty() {
        return vpcOnly;
    }

    public ObservableList<BootstrapString> bootstrap() {
        return bootstrap;
    }

    public ObservableList<BrokerNode> nodes() {
        return nodes;
    }

    public ObservableList<MskTopic> topics() {
        return topics;
    }

    public ReadOnlyStringProperty bootstrapErrorProperty() {
        return bootstrapError;
    }

    public ReadOnlyStringProperty bootstrapErrorTitleProperty() {
        return bootstrapErrorTitle;
    }

    public ReadOnlyStringProperty nodesErrorTitleProperty() {
        return nodesErrorTitle;
    }

    public ReadOnlyStringProperty topicsErrorTitleProperty() {
        return topicsErrorTitle;
    }

    /** Why Connect, Diagnose and client.properties are disabled, in a sentence; "" when they are not. */
    public StringBinding actionsBlockedProperty() {
        return actionsBlocked;
    }

    public ReadOnlyStringProperty nodesErrorProperty() {
        return nodesError;
    }

    public ReadOnlyStringProperty topicsErrorProperty() {
        return topicsError;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The auth modes the cluster has bootstrap strings for, in Connect's order of preference. */
    public List<AuthMode> modes() {
        return brokers.get().map(found -> BootstrapBrokers.PREFERENCE.stream()
                .filter(mode -> found.forMode(mode).isPresent()).toList()).orElse(List.of());
    }
}
