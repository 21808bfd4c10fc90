package io.pinpipe.emulator;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
                            rows.put(table, row(result));
                        }
                    }
                }
            }
        }
        return new EmulatorEvent(id, rows);
    }

    /** A read failure as a sentence, for the "source unavailable" state. */
    public String describe(SQLException error) {
        return settings.errors().apply(innermost(error));
    }

    @Override
    public void close() {
        pool.close();
    }

    static Map<String, Object> row(ResultSet result) throws SQLException {
        var meta = result.getMetaData();
        var row = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), javaValue(result.getObject(i)));
        }
        return row;
    }

    /** Drivers differ (H2 gives Timestamp, Connector/J gives LocalDateTime); the sink gets one type for each. */
    private static Object javaValue(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        return value;
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

    /** The schema check on open: every table and column the pipeline needs, named when absent. */
    static final class SchemaCheck {

        private SchemaCheck() {
        }

        static void verify(Connection connection, String where) throws SQLException {
            var tables = tables(connection);
            var problems = new ArrayList<String>();
            for (var table : SourceTable.values()) {
                if (!tables.contains(table.table())) {
                    problems.add("table " + table.table() + " is missing");
                    continue;
                }
                var columns = columns(connection, table);
                var absent = table.columns().stream().filter(column -> !columns.contains(column)).toList();
                if (!absent.isEmpty()) {
                    problems.add("table " + table.table() + " lacks column" + (absent.size() > 1 ? "s " : " ")
                            + String.join(", ", absent));
                }
            }
            if (!problems.isEmpty()) {
                throw new SourceException("The source database " + where + " does not have the pipeline's schema: "
                        + String.join("; ", problems) + " (create it with 'pinpipe db seed')");
            }
        }

        private static Set<String> tables(Connection connection) throws SQLException {
            var names = new HashSet<String>();
            try (var result = connection.getMetaData().getTables(connection.getCatalog(), null, "%", null)) {
                while (result.next()) {
                    names.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }

        private static Set<String> columns(Connection connection, SourceTable table) throws SQLException {
            var names = new HashSet<String>();
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT * FROM " + table.table() + " WHERE 1 = 0")) {
                var meta = result.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }
    }
}
