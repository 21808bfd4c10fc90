package io.pinpipe.app;

import io.pinpipe.connections.Connection;

import java.util.Properties;

/** Kafka client properties for a connection; plaintext only until the connections work lands. */
final class ClientSettings {

    private ClientSettings() {
    }

    static Properties of(Connection connection) {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", connection.bootstrap());
        return properties;
    }
}
