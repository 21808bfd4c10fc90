package io.pinpipe.connections;

import java.util.List;
import java.util.Objects;

/**
 * A connection read from a client.properties file. {@code notes} say what was dropped or kept aside;
 * {@code secrets} answers with the passwords the file held, for using the file directly (as
 * {@code --command-config} does). The connection itself, the only part ever saved, holds none.
 */
public record ImportedConnection(Connection connection, List<String> notes, SecretSource secrets) {

    public ImportedConnection {
        Objects.requireNonNull(connection, "connection");
        notes = List.copyOf(notes);
        Objects.requireNonNull(secrets, "secrets");
    }

    @Override
    public String toString() {
        return "ImportedConnection[" + connection + ", notes=" + notes + "]";
    }
}
