package io.pinpipe.cli;

import io.pinpipe.emulator.SourceSettings;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.settings.AppPaths;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/** Turns {@code --source sandbox|JDBC_URL} and {@code --db-user} into where the emulator reads from. */
final class EmulateSource {

    static final String SANDBOX = "sandbox";

    private final Function<String, String> env;
    private final PasswordSource passwords;

    EmulateSource(Function<String, String> env, PasswordSource passwords) {
        this.env = env;
        this.passwords = passwords;
    }

    /** Throws IllegalArgumentException for a URL that is neither {@code sandbox} nor MySQL's. */
    static Optional<MySqlTarget> target(String source) {
        return source.strip().equalsIgnoreCase(SANDBOX) ? Optional.empty() : Optional.of(new MySqlTarget(source));
    }

    SourceSettings resolve(String source, String user, PrintWriter err) {
        var target = target(source);
        if (target.isPresent()) {
            var mysql = target.get();
            var password = mysql.carriesPassword() ? Optional.<String>empty()
                    : Optional.of(passwords.passwordFor(user, mysql.hostAndPort()));
            return SourceSettings.mysql(mysql, user, password);
        }
        var database = new SampleDatabase(paths().ensureExist());
        if (!database.exists()) {
            err.println("Creating the sandbox sample database (once; takes a few seconds)");
            err.flush();
        }
        database.ensureCreated(LoadProgress.NONE, () -> false);
        return SourceSettings.sandbox(database);
    }

    private AppPaths paths() {
        var home = env.apply(AppPaths.HOME_VARIABLE);
        return home == null || home.isBlank() ? AppPaths.fromEnvironment() : AppPaths.under(java.nio.file.Path.of(home));
    }
}
