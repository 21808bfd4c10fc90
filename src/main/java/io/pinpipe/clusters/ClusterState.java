package io.pinpipe.clusters;

import java.util.Arrays;
import java.util.Locale;

/** The states MSK reports, with how they read and whether clients can work with the cluster now. */
public enum ClusterState {
    ACTIVE(Health.GOOD),
    CREATING(Health.BUSY),
    UPDATING(Health.BUSY),
    HEALING(Health.BUSY),
    MAINTENANCE(Health.BUSY),
    REBOOTING_BROKER(Health.BUSY),
    DELETING(Health.BAD),
    FAILED(Health.BAD),
    UNKNOWN(Health.BAD);

    /** For the coloured badge: green, amber, red. */
    public enum Health { GOOD, BUSY, BAD }

    private final Health health;

    ClusterState(Health health) {
        this.health = health;
    }

    public Health health() {
        return health;
    }

    public String label() {
        var words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Bootstrap brokers, nodes and topics exist only once the cluster was created. */
    public boolean hasBrokers() {
        return this != CREATING && this != DELETING && this != FAILED;
    }

    public static ClusterState of(String wire) {
        return Arrays.stream(values()).filter(state -> state.name().equalsIgnoreCase(wire == null ? "" : wire))
                .findFirst().orElse(UNKNOWN);
    }
}
