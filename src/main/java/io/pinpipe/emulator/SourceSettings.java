package io.pinpipe.emulator;

import io.pinpipe.sandbox.MySqlErrors;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDatabase;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the rows come from: a JDBC URL, its credentials, a name safe to show, and how to say what went wrong
 * in a sentence. The password lives only here, in memory.
 */
public record SourceSettings(String jdbcUrl, String user, Optional<String> password, String description,
                             Function<SQLException, String> errors) {

    public static SourceSettings sandbox(SampleDatabase database) {
        return new SourceSettings(database.jdbcUrl() + ";CACHE_SIZE=131072", SampleDatabase.USER, Optional.of(""),
                "the sandbox sample database", error -> "Sample database error: " + firstLine(error.getMessage()));
    }

    public static SourceSettings mysql(MySqlTarget target, String user, Optional<String> password) {
        return new SourceSettings(target.driverUrl(), user, password, target.redacted(),
                error -> MySqlErrors.describe(error, target, user));
    }

    @Override
    public String toString() {
        return "SourceSettings[" + description + ", user " + user + "]";
    }

    private static String firstLine(String message) {
        return message == null ? "no details" : message.strip().split("\\R", 2)[0];
    }
}
