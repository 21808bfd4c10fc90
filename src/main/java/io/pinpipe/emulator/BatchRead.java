package io.pinpipe.emulator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The events for a batch of ids in one query: each {@code pinterest_data} row joined with the geolocation and user
 * rows of its id, rather than a query per table and a lookup per row to put the three together (at maximum pace
 * the source thread's largest cost after the database itself). The few ids {@code pinterest_data} lacks are then
 * read from the other two tables on their own, so an event holds exactly the rows the tables have.
 */
final class BatchRead {

    private static final SourceTable DRIVER = SourceTable.PIN;
    /** A constant column before each table's columns, so the join's result says where each table begins. */
    private static final String MARK = "pinpipe_table_";

    private final int[] wanted;
    private final Row[][] found = new Row[SourceTable.values().length][];

    private BatchRead(int[] wanted) {
        this.wanted = wanted;
        Arrays.setAll(found, table -> new Row[wanted.length]);
    }

    /** The events for {@code ids}, in their order; an id asked for twice gives two equal events. */
    static List<EmulatorEvent> read(Connection connection, List<Integer> ids) throws SQLException {
        var batch = new BatchRead(ids.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
        try (var statement = connection.createStatement()) {
            batch.readJoined(statement);
            batch.readOrphans(statement);
        }
        return ids.stream().map(batch::event).toList();
    }

    static String joinedSql(int[] ids) {
        var sql = new StringBuilder(160 + ids.length * 6).append("SELECT ");
        for (var table : SourceTable.values()) {
            sql.append(table == DRIVER ? "" : ", ").append("1 AS ").append(MARK).append(table.topicSuffix())
                    .append(", ").append(alias(table)).append(".*");
        }
        sql.append(" FROM ").append(DRIVER.table()).append(' ').append(alias(DRIVER));
        for (var table : SourceTable.values()) {
            if (table != DRIVER) {
                sql.append(" LEFT JOIN ").append(table.table()).append(' ').append(alias(table)).append(" ON ")
                        .append(idOf(table)).append(" = ").append(idOf(DRIVER));
            }
        }
        return sql.append(" WHERE ").append(idOf(DRIVER)).append(SourceTable.inList(ids)).toString();
    }

    private void readJoined(Statement statement) throws SQLException {
        try (var result = statement.executeQuery(joinedSql(wanted))) {
            var columns = tableColumns(result);
            var driverId = columns.get(DRIVER).position(DRIVER.idColumn());
            while (result.next()) {
                var at = Arrays.binarySearch(wanted, result.getInt(driverId));
                for (var table : SourceTable.values()) {
                    var row = columns.get(table).row(result);
                    // A table without this id gives nulls throughout, its id column too.
                    if (at >= 0 && row.get(table.idColumn()) != null) {
                        found[table.ordinal()][at] = row;
                    }
                }
            }
        }
    }

    /** Ids the driving table lacks, from each other table on its own. */
    private void readOrphans(Statement statement) throws SQLException {
        var orphans = IntStream.range(0, wanted.length).filter(at -> found[DRIVER.ordinal()][at] == null)
                .map(at -> wanted[at]).toArray();
        if (orphans.length == 0) {
            return;
        }
        for (var table : SourceTable.values()) {
            if (table == DRIVER) {
                continue;
            }
            try (var result = statement.executeQuery(table.selectByIds(orphans))) {
                var columns = ResultColumns.of(result);
                var id = columns.position(table.idColumn());
                while (result.next()) {
                    var at = Arrays.binarySearch(wanted, result.getInt(id));
                    if (at >= 0) {
                        found[table.ordinal()][at] = columns.row(result);
                    }
                }
            }
        }
    }

    private EmulatorEvent event(int id) {
        var at = Arrays.binarySearch(wanted, id);
        var rows = new EnumMap<SourceTable, Map<String, Object>>(SourceTable.class);
        for (var table : SourceTable.values()) {
            var row = found[table.ordinal()][at];
            if (row != null) {
                rows.put(table, row);
            }
        }
        return new EmulatorEvent(id, rows);
    }

    /** Each table's stretch of the joined result, found by the marks. */
    private static Map<SourceTable, ResultColumns> tableColumns(ResultSet result) throws SQLException {
        var meta = result.getMetaData();
        var starts = new EnumMap<SourceTable, Integer>(SourceTable.class);
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            var label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            for (var table : SourceTable.values()) {
                if (label.equals(MARK + table.topicSuffix())) {
                    starts.put(table, i + 1);
                }
            }
        }
        var tables = SourceTable.values();
        var columns = new EnumMap<SourceTable, ResultColumns>(SourceTable.class);
        for (int i = 0; i < tables.length; i++) {
            // A table's columns end where the next table's mark stands, the last table's at the end.
            var end = i + 1 < tables.length ? starts.get(tables[i + 1]) - 1 : meta.getColumnCount() + 1;
            columns.put(tables[i], ResultColumns.of(meta, starts.get(tables[i]), end));
        }
        return columns;
    }

    /** Not the bare suffix: {@code user} is a keyword in H2. */
    private static String alias(SourceTable table) {
        return "t_" + table.topicSuffix();
    }

    private static String idOf(SourceTable table) {
        return alias(table) + ".`" + table.idColumn() + "`";
    }
}
