package io.pinpipe.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Creates the three sample tables in any JDBC database (MySQL, MariaDB, H2 in MySQL mode) and fills them
 * from a dataset in batches, one transaction per batch, so progress is visible and a cancel is quick.
 */
public final class SampleLoader {

    public static final int BATCH_SIZE = 500;

    private final LoadProgress progress;
    private final BooleanSupplier cancelled;

    /** {@code cancelled} is asked before each batch; an interrupted thread counts as cancelled too. */
    public SampleLoader(LoadProgress progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /**
     * @param replace drop tables that already hold rows; without it such tables fail the load with
     *                {@link TablesNotEmptyException} and are left untouched
     * @throws CancellationException when cancelled; batches committed before stay in the database
     */
    public void load(Connection connection, SampleDataset dataset, boolean replace) throws SQLException {
        createTables(connection, replace);
        var autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var inserts = new SampleInserts(connection)) {
            var total = dataset.rowCount();
            progress.loaded(0, total);
            for (int start = 0; start < total; start += BATCH_SIZE) {
                throwIfCancelled(start, total);
                var end = Math.min(total, start + BATCH_SIZE);
                for (int id = start; id < end; id++) {
                    inserts.add(dataset.row(id));
                }
                inserts.execute();
                connection.commit();
                progress.loaded(end, total);
            }
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void createTables(Connection connection, boolean replace) throws SQLException {
        var catalog = connection.getCatalog();
        if (catalog == null || catalog.isBlank()) {
            throw new IllegalStateException("No database selected: name one in the URL, e.g. jdbc:mysql://host:3306/pinterest_data");
        }
        var nonEmpty = TableCounts.firstNonEmpty(connection);
        if (nonEmpty.isPresent() && !replace) {
            throw new TablesNotEmptyException(nonEmpty.get().getKey(), nonEmpty.get().getValue());
        }
        try (var statement = connection.createStatement()) {
            for (var table : SampleSchema.TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            for (var create : SampleSchema.CREATE_TABLES) {
                statement.execute(create);
            }
        }
    }

    private void throwIfCancelled(long done, long total) {
        if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
            throw new CancellationException("Loading the sample data was cancelled after " + done + " of " + total + " rows");
        }
    }

    private static void rollbackAfter(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
