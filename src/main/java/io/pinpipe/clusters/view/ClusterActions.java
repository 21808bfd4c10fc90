package io.pinpipe.clusters.view;

import io.pinpipe.clusters.AwsProfile;
import io.pinpipe.clusters.ClusterConnections;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.IamPolicy;
import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.doctor.ConnectionDoctor;
import io.pinpipe.doctor.view.DoctorViewModel;
import io.pinpipe.ui.Async;
import io.pinpipe.ui.ErrorText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the Clusters pane does with the selected cluster: Connect, Diagnose, client.properties, IAM policy. */
public final class ClusterActions {

    /** The two policies of the IAM policy dialog, or why the prefixes do not make one. */
    public record Policies(String leastPrivilege, String replaced, String problem) {
    }

    private final ConnectionCatalog catalog;
    private final Async async;
    private final ClusterDetailViewModel detail;
    private final ObjectProperty<AwsProfile> profile;
    private final StringProperty notice;
    private final StringProperty error = new javafx.beans.property.SimpleStringProperty("");
    private final Consumer<Connection> openInTopics;
    private final Function<Connection, SecretSource> secrets;

    ClusterActions(ConnectionCatalog catalog, Async async, ClusterDetailViewModel detail, ObjectProperty<AwsProfile> profile,
                   StringProperty notice, Consumer<Connection> openInTopics, Function<Connection, SecretSource> secrets) {
        this.catalog = catalog;
        this.secrets = secrets;
        this.async = async;
        this.detail = detail;
        this.profile = profile;
        this.notice = notice;
        this.openInTopics = openInTopics;
    }

    /**
     * Saves a connection with the cluster's best auth mode (IAM with this profile and region first) and opens it
     * in Topics. A connection of the same name for the same servers is replaced.
     */
    public void connect(Optional<String> scramUser, Consumer<String> failed) {
        var cluster = detail.clusterProperty().get();
        var brokers = detail.brokersProperty().get();
        if (cluster.isEmpty() || brokers.isEmpty()) {
            failed.accept("Select a cluster whose bootstrap brokers are loaded");
            return;
        }
        var chosen = profile.get();
        async.job("Saving a connection to " + cluster.get().name(), p -> {
                    var connection = connectionFor(cluster.get(), brokers.get(), chosen, scramUser);
                    catalog.save(connection, true);
                    return connection;
                })
                .onSuccess(connection -> {
                    notice.set("Saved the connection “" + connection.name() + "” (" + connection.mode().label() + ").");
                    openInTopics.accept(connection);
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /**
     * The connection doctor on the connection Connect would save (same auth mode, profile, region and name, so a
     * SCRAM password typed for it this session is found), without saving it.
     *
     * @param scramPassword typed for this run only; else the session's or the environment's
     */
    public void diagnose(Optional<String> scramUser, Optional<String> scramPassword, Consumer<DoctorViewModel> open,
                         Consumer<String> failed) {
        var cluster = detail.clusterProperty().get();
        var brokers = detail.brokersProperty().get();
        if (cluster.isEmpty() || brokers.isEmpty()) {
            failed.accept("Select a cluster whose bootstrap brokers are loaded");
            return;
        }
        var chosen = profile.get();
        async.job("Preparing to diagnose " + cluster.get().name(), p -> connectionFor(cluster.get(), brokers.get(), chosen, scramUser))
                .onSuccess(connection -> {
                    var known = secrets.apply(connection);
                    open.accept(new DoctorViewModel(new ConnectionDoctor(), async, connection,
                            scramPassword.map(SecretSource::scramPassword).map(typed -> typed.orElse(known)).orElse(known)));
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** Reads the saved connections (a file), so it runs off the FX thread. */
    private Connection connectionFor(ClusterSummary cluster, io.pinpipe.clusters.BootstrapBrokers brokers, AwsProfile chosen,
                                     Optional<String> scramUser) {
        var mode = ClusterConnections.requireBestMode(cluster, brokers);
        var draft = ClusterConnections.forMode(cluster.name(), cluster, brokers, mode, chosen, scramUser);
        return draft.withName(ClusterConnections.nameFor(cluster, draft.bootstrap(), catalog.saved()));
    }

    /** Why the last action was not done; the view may clear it. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Writes a client.properties for the mode; for IAM with the default chain, exactly the seed's. */
    public void exportClientProperties(AuthMode mode, Optional<String> scramUser, Path file, Runnable done, Consumer<String> failed) {
        var cluster = detail.clusterProperty().get();
        var brokers = detail.brokersProperty().get();
        if (cluster.isEmpty() || brokers.isEmpty()) {
            failed.accept("Select a cluster whose bootstrap brokers are loaded");
            return;
        }
        var chosen = profile.get();
        async.job("Writing " + file.getFileName(), p -> {
                    var text = ClusterConnections.clientProperties(cluster.get(), brokers.get(), mode, chosen, scramUser);
                    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
                    return file;
                })
                .onSuccess(written -> {
                    notice.set("Wrote " + written + " for " + cluster.get().name() + " (" + mode.label() + ").");
                    done.run();
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }

    /** Both policies as text for the selected cluster; pure, so the dialog updates as the prefixes are typed. */
    public Policies policies(String topicPrefix, String groupPrefix) {
        var cluster = detail.clusterProperty().get().map(ClusterSummary::arn);
        if (cluster.isEmpty()) {
            return new Policies("", "", "Select a cluster first");
        }
        var replaced = IamPolicy.text(IamPolicy.seedPolicy(cluster.get().account()));
        var problem = IamPolicy.prefixProblem(topicPrefix, "topic")
                .or(() -> groupPrefix == null || groupPrefix.isBlank() ? Optional.empty()
                        : IamPolicy.prefixProblem(groupPrefix, "consumer group"));
        if (problem.isPresent()) {
            return new Policies("", replaced, problem.get());
        }
        var policy = IamPolicy.leastPrivilege(cluster.get(), topicPrefix, Optional.ofNullable(groupPrefix));
        return new Policies(IamPolicy.text(policy), replaced, "");
    }

    public void savePolicy(String text, Path file, Runnable done, Consumer<String> failed) {
        async.job("Writing " + file.getFileName(), p -> Files.writeString(file, text, StandardCharsets.UTF_8))
                .onSuccess(written -> {
                    notice.set("Wrote the IAM policy to " + file + ".");
                    done.run();
                })
                .onError(e -> failed.accept(ErrorText.of(e)))
                .start();
    }
}
