package io.pinpipe.client;

import io.pinpipe.connections.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * One {@link ClusterClient} per connection for the whole app, made on first use. A connection is known by its
 * name: when it comes back with another address or auth mode (edited, or the sandbox moved to another port) the
 * old client is closed and a new one made; {@link #forget} closes it when the connection is removed.
 */
public final class ClusterClients implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterClients.class);

    private record Open(Connection connection, ClusterClient client) {
    }

    private final Function<Connection, Properties> clientProperties;
    private final Map<String, Open> open = new HashMap<>();

    /** @param clientProperties the properties of a connection, its secrets included (may ask for a password) */
    public ClusterClients(Function<Connection, Properties> clientProperties) {
        this.clientProperties = clientProperties;
    }

    /** The client of this connection; blocks only to build it (off the FX thread, since DNS may be asked). */
    public synchronized ClusterClient of(Connection connection) {
        var key = key(connection.name());
        var current = open.get(key);
        if (current != null && current.connection().equals(connection) && !current.client().isClosed()) {
            return current.client();
        }
        if (current != null) {
            log.info("Connection '{}' changed: its client is closed and opened again", connection.name());
            closeQuietly(current.client());
        }
        var client = ClusterClient.open(clientProperties.apply(connection),
                connection.name() + " (" + connection.bootstrap() + ")");
        open.put(key, new Open(connection, client));
        return client;
    }

    /** Closes the client of the connection of this name, if one is open: it was removed, edited, or moved. */
    public synchronized void forget(String name) {
        var removed = open.remove(key(name));
        if (removed != null) {
            closeQuietly(removed.client());
        }
    }

    /** How many clients are open: a test sees that an edited connection's old client went away. */
    public synchronized int openCount() {
        return open.size();
    }

    @Override
    public synchronized void close() {
        open.values().forEach(entry -> closeQuietly(entry.client()));
        open.clear();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(ClusterClient client) {
        try {
            client.close();
        } catch (RuntimeException e) {
            log.warn("Closing the client for {} failed: {}", client.where(), e.getMessage());
        }
    }
}
