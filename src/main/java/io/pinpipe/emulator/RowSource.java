package io.pinpipe.emulator;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one event, the row with a given id from each of the three tables, by primary key through a small
 * connection pool (never {@code LIMIT offset, 1}, whose cost grows with the offset). The pool reconnects by
 * itself, so a caller can retry after the database comes back.
 */
public final class RowSource implements AutoCloseable {

    private final SourceSettings settings;
    private final HikariDataSource pool;
    private final int rowCount;

    private RowSource(SourceSettings settings, HikariDataSource pool, int rowCount) {
        this.settings = settings;
        this.pool = pool;
        this.rowCount = rowCount;
    }

    /** Connects and checks the schema; a missing table or column is named in the {@link SourceException}. */
    public static RowSource open(SourceSettings settings) {
        var pool = new HikariDataSource(config(settings));
        try (var connection = pool.getConnection()) {
            SchemaCheck.verify(connection, settings.description());
            return new RowSource(settings, pool, count(connection));
        } catch (SQLException e) {
            pool.close();
            throw new SourceException(settings.errors().apply(innermost(e)), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** How many rows {@code pinterest_data} holds; ids are sampled below it. */
    public int rowCount() {
        return rowCount;
    }

    /** Whether the database runs inside this JVM (an embedded H2), rather than in a server of its own. */
    public boolean inProcess() {
        var url = settings.jdbcUrl().toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    public String description() {
        return settings.description();
    }

    /** The three rows for {@code id}; throws when the database cannot be read (it may be restarting). */
    public EmulatorEvent read(int id) throws SQLException {
        var rows = new EnumMap<SourceTable, Map<String, Object>>(SourceTable.class);
        try (var connection = pool.getConnection()) {
            for (var table : SourceTable.values()) {
                try (var statement = connection.prepareStatement(table.selectById())) {
                    statement.setInt(1, id);
                    try (var result = statement.executeQuery()) {
                        if (result.next()) {
                            rows.put(table, ResultColumns.of(result).row(result));
                        }
                    }
                }
            }
        }
        return new EmulatorEvent(id, rows);
    }

    /**
     * The events for several ids, in their order, with one query (see {@link BatchRead}): at high rates a round
     * trip per row would cap the run. An id sampled twice gives two equal events.
     */
    public List<EmulatorEvent> read(List<Integer> ids) throws SQLException {
        try (var connection = pool.getConnection()) {
            return BatchRead.read(connection, ids);
        }
    }

    /** A read failure as a sentence, for the "source unavailable" state. */
    public String describe(SQLException error) {
        return settings.errors().apply(innermost(error));
    }

    @Override
    public void close() {
        pool.close();
    }

    private static int count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM " + SourceTable.PIN.table())) {
            result.next();
            return (int) Math.min(Integer.MAX_VALUE, result.getLong(1));
        }
    }

    private static HikariConfig config(SourceSettings settings) {
        var config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        settings.password().ifPresent(config::setPassword);
        config.setPoolName("emulator-source");
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(2);
        // Short, so a database that went away is noticed and retried within seconds.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        // The check in open() reports the first failure itself, in a sentence.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    /** The driver's own exception: the pool wraps it in a timeout that carries neither error code nor cause text. */
    static SQLException innermost(SQLException error) {
        SQLException deepest = error;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable current = error; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof SQLException sql) {
                deepest = sql;
            }
        }
        return deepest;
    }
}
