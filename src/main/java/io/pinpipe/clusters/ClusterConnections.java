package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;
import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.ClientPropertiesFile;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.TlsOptions;

import java.util.List;
import java.util.Optional;

/** An MSK cluster as a Pinpipe connection, and as a client.properties file, for a chosen auth mode. */
public final class ClusterConnections {

    private ClusterConnections() {
    }

    /**
     * The mode "Connect" uses: IAM (no secret to type), then SCRAM, TLS, plaintext. TLS counts only when the
     * cluster lets clients in without a certificate: Pinpipe does not do mutual TLS.
     */
    public static Optional<AuthMode> bestMode(ClusterSummary cluster, BootstrapBrokers brokers) {
        return BootstrapBrokers.PREFERENCE.stream()
                .filter(mode -> brokers.forMode(mode).isPresent())
                .filter(mode -> mode != AuthMode.TLS || cluster.accepts(ClientAuth.UNAUTHENTICATED))
                .findFirst();
    }

    /** @throws IllegalArgumentException saying why no mode fits */
    public static AuthMode requireBestMode(ClusterSummary cluster, BootstrapBrokers brokers) {
        return bestMode(cluster, brokers).orElseThrow(() -> new IllegalArgumentException(brokers.isEmpty()
                ? "Cluster " + cluster.name() + " has no bootstrap brokers to connect to"
                : "Cluster " + cluster.name() + " accepts only mutual TLS (client certificates), which Pinpipe does not "
                + "support: enable IAM or SASL/SCRAM on the cluster"));
    }

    /**
     * @param scramUser needed for SCRAM only; its password is asked for when the connection is used
     * @throws IllegalArgumentException when the cluster has no bootstrap string for the mode, or SCRAM lacks a user
     */
    public static Connection forMode(String name, ClusterSummary cluster, BootstrapBrokers brokers, AuthMode mode,
                                     AwsProfile profile, Optional<String> scramUser) {
        var servers = brokers.forMode(mode).orElseThrow(() -> new IllegalArgumentException("Cluster " + cluster.name()
                + " has no bootstrap brokers for " + mode.label() + (brokers.isEmpty() ? ""
                : ": it offers " + String.join(", ", brokers.strings().stream().map(s -> s.mode().id()).distinct().toList()))));
        return new Connection(name, servers.servers(), auth(cluster, mode, profile, scramUser));
    }

    /** A client.properties a kafka-console-producer user recognises; for IAM with the default chain, the seed's own. */
    public static String clientProperties(ClusterSummary cluster, BootstrapBrokers brokers, AuthMode mode,
                                          AwsProfile profile, Optional<String> scramUser) {
        return ClientPropertiesFile.write(forMode(cluster.name(), cluster, brokers, mode, profile, scramUser));
    }

    /** The cluster's name, or with its region when another saved connection already has that name. */
    public static String nameFor(ClusterSummary cluster, String bootstrap, List<Connection> existing) {
        var clash = existing.stream().anyMatch(c -> c.name().equalsIgnoreCase(cluster.name()) && !c.bootstrap().equals(bootstrap));
        return clash ? cluster.name() + " (" + cluster.region() + ")" : cluster.name();
    }

    private static AuthSettings auth(ClusterSummary cluster, AuthMode mode, AwsProfile profile, Optional<String> scramUser) {
        return switch (mode) {
            case PLAINTEXT -> new AuthSettings.Plaintext();
            case TLS -> new AuthSettings.Tls(TlsOptions.DEFAULT);
            case SCRAM -> new AuthSettings.Scram(scramUser.filter(user -> !user.isBlank()).orElseThrow(
                    () -> new IllegalArgumentException("SASL/SCRAM needs a username (its password is asked for when used)")),
                    Optional.of(TlsOptions.DEFAULT));
            case IAM -> new AuthSettings.Iam(profile.name(), Optional.of(cluster.region()), Optional.empty(), TlsOptions.DEFAULT);
        };
    }
}
