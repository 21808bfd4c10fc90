package io.pinpipe.connections;

import java.util.Objects;

/** A named way to reach a Kafka cluster. Secrets are never part of it. */
public record Connection(String name, String bootstrap, AuthMode auth) {

    public static final String LOCAL_SANDBOX = "Local sandbox";

    public Connection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(auth, "auth");
    }

    public boolean isLocalSandbox() {
        return LOCAL_SANDBOX.equals(name);
    }
}
