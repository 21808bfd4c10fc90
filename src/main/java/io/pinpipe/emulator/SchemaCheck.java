package io.pinpipe.emulator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The schema check on open: every table and column the pipeline needs, named when absent. */
final class SchemaCheck {

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
