package io.pinpipe.clusters;

import io.pinpipe.core.Look;
import io.pinpipe.core.Shown;
import io.pinpipe.core.Tone;

import java.util.Arrays;
import java.util.Locale;

/** The states MSK reports, with how they read and whether clients can work with the cluster now. */
public enum ClusterState implements Shown {
    ACTIVE(Tone.OK),
    CREATING(Tone.BUSY),
    UPDATING(Tone.BUSY),
    HEALING(Tone.BUSY),
    MAINTENANCE(Tone.BUSY),
    REBOOTING_BROKER(Tone.BUSY),
    DELETING(Tone.FAILED),
    FAILED(Tone.FAILED),
    UNKNOWN(Tone.FAILED);

    private final Tone tone;

    ClusterState(Tone tone) {
        this.tone = tone;
    }

    /** MSK's name in words: REBOOTING_BROKER reads "Rebooting broker". */
    @Override
    public Look look() {
        var words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new Look(Character.toUpperCase(words.charAt(0)) + words.substring(1), tone);
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
