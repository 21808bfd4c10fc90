package io.pinpipe.sandbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which of the three sample tables exist in a database, and how many rows each holds. */
final class TableCounts {

    private TableCounts() {
    }

    /** Row counts of the sample tables that exist, in {@link SampleSchema#TABLES} order; absent ones are left out. */
    static Map<String, Long> of(Connection connection) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : SampleSchema.TABLES) {
            if (exists(connection, table)) {
                counts.put(table, count(connection, table));
            }
        }
        return counts;
    }

    static Optional<Map.Entry<String, Long>> firstNonEmpty(Connection connection) throws SQLException {
        return of(connection).entrySet().stream().filter(entry -> entry.getValue() > 0).findFirst();
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        // '_' is a wildcard in metadata patterns, and H2 may fold names to upper case: compare exactly here.
        try (var tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                table, new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
