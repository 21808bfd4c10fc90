package io.pinpipe.client;

import io.pinpipe.connections.ClientProperties;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.SecretSource;

import java.util.function.Function;

/**
 * What a pane or command needs to work on Kafka clusters, as one collaborator: the connections on offer, the
 * shared client of each, and where each one's passwords come from.
 */
public record KafkaConnections(ConnectionCatalog catalog, ClusterClients clients,
                               Function<Connection, SecretSource> secrets) {

    /** Over a catalog, with clients of its own (whoever makes this closes {@link #clients()}). */
    public static KafkaConnections over(ConnectionCatalog catalog, Function<Connection, SecretSource> secrets) {
        return new KafkaConnections(catalog, new ClusterClients(
                connection -> ClientProperties.of(connection, secrets.apply(connection))), secrets);
    }

    /** The shared client of a connection; made on first use, which may ask DNS: call it off the FX thread. */
    public ClusterClient clientOf(Connection connection) {
        return clients.of(connection);
    }

    public SecretSource secretsFor(Connection connection) {
        return secrets.apply(connection);
    }

    /** Whether the local sandbox's broker answers to its recorded address now (reads a file: off the FX thread). */
    public boolean sandboxRunning() {
        return catalog.runningSandbox().isPresent();
    }
}
