package io.pinpipe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pinpipe.testing.SampleTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;

class SampleLoaderTest {

    private Connection connection;

    @BeforeEach
    void openEmptyH2() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void loadsEveryRowOfTheDatasetUnchanged() throws SQLException {
        var dataset = SampleDataset.of(7, 1_234);
        load(dataset, false);
        assertThat(SampleTables.readAll(connection)).isEqualTo(dataset.stream().toList());
    }

    @Test
    void reportsProgressAfterEachBatchUpToTheTotal() throws SQLException {
        var reports = new ArrayList<List<Long>>();
        new SampleLoader((done, total) -> reports.add(List.of(done, total)), () -> false)
                .load(connection, SampleDataset.of(1, 1_200), false);
        assertThat(reports).containsExactly(List.of(0L, 1_200L), List.of(500L, 1_200L), List.of(1_000L, 1_200L), List.of(1_200L, 1_200L));
    }

    @Test
    void refusesToLoadOverTablesThatHoldRowsAndLeavesThemAlone() throws SQLException {
        load(SampleDataset.of(1, 100), false);
        assertThatThrownBy(() -> load(SampleDataset.of(2, 50), false))
                .isInstanceOfSatisfying(TablesNotEmptyException.class, e -> {
                    assertThat(e.table()).isEqualTo("pinterest_data");
                    assertThat(e.rows()).isEqualTo(100);
                })
                .hasMessage("Table pinterest_data already holds 100 rows; replace the tables to load the sample again");
        assertThat(SampleTables.readAll(connection)).isEqualTo(SampleDataset.of(1, 100).stream().toList());
    }

    @Test
    void replacingDropsTheOldRowsAndLoadsTheNewOnes() throws SQLException {
        load(SampleDataset.of(1, 100), false);
        load(SampleDataset.of(2, 50), true);
        assertThat(SampleTables.readAll(connection)).isEqualTo(SampleDataset.of(2, 50).stream().toList());
    }

    @Test
    void emptyTablesOfTheSameNameAreRecreatedWithoutAsking() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE user_data (something_else INT)");
        }
        load(SampleDataset.of(1, 10), false);
        assertThat(SampleTables.count(connection, "user_data")).isEqualTo(10);
    }

    @Test
    void cancellingStopsBeforeTheNextBatchKeepingWhatWasCommitted() throws SQLException {
        var reports = new ArrayList<Long>();
        var loader = new SampleLoader((done, total) -> reports.add(done), () -> reports.size() > 1);
        assertThatThrownBy(() -> loader.load(connection, SampleDataset.of(1, 2_000), false))
                .isInstanceOf(CancellationException.class)
                .hasMessage("Loading the sample data was cancelled after 500 of 2000 rows");
        assertThat(SampleTables.count(connection, "pinterest_data")).isEqualTo(500);
        assertThat(connection.getAutoCommit()).as("connection handed back as it came").isTrue();
    }

    @Test
    void anInterruptedThreadCountsAsCancelled() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> load(SampleDataset.of(1, 10), false)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private void load(SampleDataset dataset, boolean replace) throws SQLException {
        new SampleLoader(LoadProgress.NONE, () -> false).load(connection, dataset, replace);
    }
}
