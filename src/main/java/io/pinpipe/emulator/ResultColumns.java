package io.pinpipe.emulator;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One table's columns in a result (all of it, or a stretch of a join): names in lower case and which ones are
 * datetimes, read once per query rather than once per row.
 */
final class ResultColumns {

    private final Row.Header header;
    private final int first;
    private final boolean[] datetimes;

    private ResultColumns(Row.Header header, int first, boolean[] datetimes) {
        this.header = header;
        this.first = first;
        this.datetimes = datetimes;
    }

    static ResultColumns of(ResultSet result) throws SQLException {
        var meta = result.getMetaData();
        return of(meta, 1, meta.getColumnCount() + 1);
    }

    /** Columns {@code first} (from 1, as JDBC counts) up to {@code end}, not included. */
    static ResultColumns of(ResultSetMetaData meta, int first, int end) throws SQLException {
        var names = new String[end - first];
        var datetimes = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = meta.getColumnLabel(first + i).toLowerCase(Locale.ROOT);
            datetimes[i] = meta.getColumnType(first + i) == Types.TIMESTAMP;
        }
        return new ResultColumns(new Row.Header(names), first, datetimes);
    }

    /** Where {@code name} is in the result (from 1), or -1. */
    int position(String name) {
        return header.indexOf(name) < 0 ? -1 : first + header.indexOf(name);
    }

    /** Datetimes asked for as LocalDateTime: no detour through java.sql.Timestamp and the default time zone. */
    Row row(ResultSet result) throws SQLException {
        var values = new Object[datetimes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = datetimes[i] ? result.getObject(first + i, LocalDateTime.class) : javaValue(result.getObject(first + i));
        }
        return new Row(header, values);
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
}
