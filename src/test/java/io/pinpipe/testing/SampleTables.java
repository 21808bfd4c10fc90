package io.pinpipe.testing;

import io.pinpipe.sandbox.GeoRow;
import io.pinpipe.sandbox.PinRow;
import io.pinpipe.sandbox.SampleRow;
import io.pinpipe.sandbox.UserRow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the three sample tables back, joined on the id, so tests can compare databases row by row. */
public final class SampleTables {

    private SampleTables() {
    }

    public static List<SampleRow> readAll(Connection connection) throws SQLException {
        var pins = read(connection, "SELECT * FROM pinterest_data ORDER BY `index`", SampleTables::pin);
        var geos = read(connection, "SELECT * FROM geolocation_data ORDER BY ind", SampleTables::geo);
        var users = read(connection, "SELECT * FROM user_data ORDER BY ind", SampleTables::user);
        if (pins.size() != geos.size() || pins.size() != users.size()) {
            throw new AssertionError("Tables differ in size: " + pins.size() + ", " + geos.size() + ", " + users.size());
        }
        var rows = new ArrayList<SampleRow>(pins.size());
        for (int i = 0; i < pins.size(); i++) {
            rows.add(new SampleRow(pins.get(i), geos.get(i), users.get(i)));
        }
        return rows;
    }

    public static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static <T> List<T> read(Connection connection, String query, RowMapper<T> mapper) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(query)) {
            var rows = new ArrayList<T>();
            while (result.next()) {
                rows.add(mapper.map(result));
            }
            return rows;
        }
    }

    private static PinRow pin(ResultSet row) throws SQLException {
        return new PinRow(row.getInt("index"), row.getString("unique_id"), row.getString("title"),
                row.getString("description"), row.getString("poster_name"), row.getString("follower_count"),
                row.getString("tag_list"), row.getString("is_image_or_video"), row.getString("image_src"),
                row.getInt("downloaded"), row.getString("save_location"), row.getString("category"));
    }

    private static GeoRow geo(ResultSet row) throws SQLException {
        return new GeoRow(row.getInt("ind"), row.getObject("timestamp", LocalDateTime.class), row.getDouble("latitude"),
                row.getDouble("longitude"), row.getString("country"));
    }

    private static UserRow user(ResultSet row) throws SQLException {
        return new UserRow(row.getInt("ind"), row.getString("first_name"), row.getString("last_name"),
                row.getInt("age"), row.getObject("date_joined", LocalDateTime.class));
    }
}
