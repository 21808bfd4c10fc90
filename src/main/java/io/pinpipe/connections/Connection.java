package io.pinpipe.connections;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named way to reach a Kafka cluster: bootstrap servers, how to authenticate, and any plain client
 * properties kept from an imported file. Secrets are never part of it.
 */
public record Connection(String name, String bootstrap, AuthSettings auth, Map<String, String> extraProperties) {

    public static final String LOCAL_SANDBOX = "Local sandbox";

    public Connection {
        ConnectionRules.require(ConnectionRules.nameProblem(name));
        ConnectionRules.require(ConnectionRules.bootstrapProblem(bootstrap));
        Objects.requireNonNull(auth, "auth");
        name = name.strip();
        bootstrap = HostPort.normalise(bootstrap);
        extraProperties.keySet().forEach(key -> ConnectionRules.require(ConnectionRules.extraPropertyProblem(key)));
        extraProperties = Collections.unmodifiableMap(new TreeMap<>(extraProperties)); // sorted: stable files and output
    }

    public Connection(String name, String bootstrap, AuthSettings auth) {
        this(name, bootstrap, auth, Map.of());
    }

    public static Connection localSandbox(String bootstrap) {
        return new Connection(LOCAL_SANDBOX, bootstrap, new AuthSettings.Plaintext());
    }

    public AuthMode mode() {
        return auth.mode();
    }

    /** One line for the status bar: "Sandbox · 127.0.0.1:9092", "prod · b-1:9098 +2"; no secret in it. */
    public String statusLine() {
        var servers = bootstrap.split(",");
        var more = servers.length > 1 ? " +" + (servers.length - 1) : "";
        return (isLocalSandbox() ? "Sandbox" : name) + " · " + servers[0].strip() + more;
    }

    public boolean isLocalSandbox() {
        return LOCAL_SANDBOX.equals(name);
    }

    public Connection withName(String newName) {
        return new Connection(newName, bootstrap, auth, extraProperties);
    }

    public Connection withBootstrap(String newBootstrap) {
        return new Connection(name, newBootstrap, auth, extraProperties);
    }
}
