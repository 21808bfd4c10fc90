package io.pinpipe.cli;

import io.pinpipe.sandbox.MySqlErrors;
import io.pinpipe.sandbox.MySqlTarget;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;
import io.pinpipe.sandbox.SampleSchema;
import io.pinpipe.sandbox.TablesNotEmptyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code pinpipe db seed}: the original pipeline's three tables, filled with the sample data, in any MySQL. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Create the tables pinterest_data, geolocation_data and user_data in a MySQL or MariaDB "
                + "database and load the generated sample data into them.",
                "The password comes from the environment variable " + PasswordSource.VARIABLE
                        + " (empty for none), else it is asked for."})
public final class DbSeedCommand implements Callable<Integer> {

    static final int MAX_ROWS = 10_000_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
            description = "e.g. jdbc:mysql://localhost:3306/pinterest_data (jdbc:mariadb: works too)")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "root", description = "Database user (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "" + SampleDataset.DEFAULT_ROWS,
            description = "Rows per table, 1 to 10000000 (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SampleDataset.DEFAULT_SEED,
            description = "Same seed, same rows (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--replace", description = "Drop the three tables first if they already hold rows")
    boolean replace;

    private final PasswordSource passwords;

    public DbSeedCommand() {
        this(System::getenv, PasswordSource.Prompt.CONSOLE);
    }

    DbSeedCommand(Function<String, String> env, PasswordSource.Prompt prompt) {
        this.passwords = new PasswordSource(env, prompt);
    }

    @Override
    public Integer call() {
        var target = validTarget();
        if (rows < 1 || rows > MAX_ROWS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rows must be between 1 and " + MAX_ROWS + ", not " + rows);
        }
        var password = target.carriesPassword() ? Optional.<String>empty()
                : Optional.of(passwords.passwordFor(user, target.hostAndPort()));
        var out = spec.commandLine().getOut();
        out.printf("Seeding %s with %d rows per table (seed %d)%n", target.redacted(), rows, seed);
        var started = System.nanoTime();
        try (var connection = target.connect(user, password)) {
            new SampleLoader(new ProgressLines(out), () -> false).load(connection, SampleDataset.of(seed, rows), replace);
        } catch (SQLException e) {
            throw new IllegalStateException(MySqlErrors.describe(e, target, user), e);
        } catch (TablesNotEmptyException e) {
            throw new IllegalStateException("Table " + e.table() + " at " + target.redacted() + " already holds "
                    + e.rows() + " rows: add --replace to drop the three tables and load them again", e);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Loaded %d rows into each of %s at %s in %.1f s%n",
                rows, String.join(", ", SampleSchema.TABLES), target.redacted(), seconds);
        out.flush();
        return 0;
    }

    private MySqlTarget validTarget() {
        try {
            return new MySqlTarget(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
