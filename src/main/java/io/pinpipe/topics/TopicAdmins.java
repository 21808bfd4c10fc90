package io.pinpipe.topics;

import io.pinpipe.connections.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/** One {@link TopicAdmin} per connection for the whole app, made on first use and closed on shutdown. */
public final class TopicAdmins implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmins.class);

    private final Function<Connection, Properties> clientProperties;
    private final Map<Connection, TopicAdmin> open = new HashMap<>();

    public TopicAdmins(Function<Connection, Properties> clientProperties) {
        this.clientProperties = clientProperties;
    }

    /** The admin of this connection; a changed address or auth mode is a different connection. */
    public synchronized TopicAdmin of(Connection connection) {
        return open.computeIfAbsent(connection,
                c -> TopicAdmin.connect(clientProperties.apply(c), c.name() + " (" + c.bootstrap() + ")"));
    }

    /** Drops the admin of a connection, e.g. after the sandbox moved to another port. */
    public synchronized void forget(Connection connection) {
        var admin = open.remove(connection);
        if (admin != null) {
            admin.close();
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(admin -> {
            try {
                admin.close();
            } catch (RuntimeException e) {
                log.warn("Closing an admin client failed: {}", e.getMessage());
            }
        });
        open.clear();
    }
}
