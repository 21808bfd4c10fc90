package io.pinpipe.connections;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SCRAM passwords typed into the window, kept in memory for this run of the app only: never written to
 * a file or a log, gone when the app closes.
 */
public final class SessionPasswords {

    private final Map<String, String> scram = new ConcurrentHashMap<>();

    public void remember(String connectionName, String password) {
        if (password == null || password.isEmpty()) {
            scram.remove(connectionName);
        } else {
            scram.put(connectionName, password);
        }
    }

    /** A renamed connection keeps the password typed for it this session. */
    public void rename(String oldName, String newName) {
        var password = scram.remove(oldName);
        if (password != null) {
            scram.put(newName, password);
        }
    }

    /** Passwords typed for this connection, then the environment. */
    public SecretSource sourceFor(Connection connection, SecretSource fallback) {
        SecretSource typed = secret -> secret instanceof Secret.ScramPassword
                ? Optional.ofNullable(scram.get(connection.name())) : Optional.empty();
        return typed.orElse(fallback);
    }

    @Override
    public String toString() {
        return "SessionPasswords[" + scram.size() + " remembered]";
    }
}
