package io.pinpipe.topics;

import org.apache.kafka.clients.admin.ConfigEntry;

/** Where a topic's effective config value comes from, most specific first. */
public enum ConfigSource {
    TOPIC("set on this topic"),
    BROKER("dynamic broker config"),
    CLUSTER("dynamic cluster default"),
    BROKER_FILE("broker's server.properties"),
    DEFAULT("Kafka default"),
    OTHER("other");

    private final String label;

    ConfigSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ConfigSource of(ConfigEntry.ConfigSource source) {
        return switch (source) {
            case DYNAMIC_TOPIC_CONFIG -> TOPIC;
            case DYNAMIC_BROKER_CONFIG -> BROKER;
            case DYNAMIC_DEFAULT_BROKER_CONFIG -> CLUSTER;
            case STATIC_BROKER_CONFIG -> BROKER_FILE;
            case DEFAULT_CONFIG -> DEFAULT;
            default -> OTHER;
        };
    }
}
