package io.pinpipe.connections;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a client proves who it is to the brokers. */
public enum AuthMode {
    PLAINTEXT("Plaintext"),
    TLS("TLS"),
    SCRAM("SASL/SCRAM"),
    IAM("IAM (MSK)");

    private final String label;

    AuthMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case word used on the command line and in connections.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuthMode fromId(String id) {
        return Arrays.stream(values()).filter(mode -> mode.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown auth mode '" + id + "': use one of " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(AuthMode::id).collect(Collectors.joining(", "));
    }
}
