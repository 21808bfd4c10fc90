package io.pinpipe.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One batched insert per table; a sample row adds one row to each batch. */
final class SampleInserts implements AutoCloseable {

    private final PreparedStatement pins;
    private final PreparedStatement geolocations;
    private final PreparedStatement users;

    SampleInserts(Connection connection) throws SQLException {
        pins = connection.prepareStatement(SampleSchema.INSERT_PINTEREST_DATA);
        geolocations = connection.prepareStatement(SampleSchema.INSERT_GEOLOCATION_DATA);
        users = connection.prepareStatement(SampleSchema.INSERT_USER_DATA);
    }

    void add(SampleRow row) throws SQLException {
        var pin = row.pin();
        pins.setInt(1, pin.index());
        pins.setString(2, pin.uniqueId());
        pins.setString(3, pin.title());
        pins.setString(4, pin.description());
        pins.setString(5, pin.posterName());
        pins.setString(6, pin.followerCount());
        pins.setString(7, pin.tagList());
        pins.setString(8, pin.isImageOrVideo());
        pins.setString(9, pin.imageSrc());
        pins.setInt(10, pin.downloaded());
        pins.setString(11, pin.saveLocation());
        pins.setString(12, pin.category());
        pins.addBatch();

        var geo = row.geo();
        geolocations.setInt(1, geo.ind());
        // LocalDateTime, not Timestamp: DATETIME has no zone, and a Timestamp would be shifted by the JVM's.
        geolocations.setObject(2, geo.timestamp());
        geolocations.setDouble(3, geo.latitude());
        geolocations.setDouble(4, geo.longitude());
        geolocations.setString(5, geo.country());
        geolocations.addBatch();

        var user = row.user();
        users.setInt(1, user.ind());
        users.setString(2, user.firstName());
        users.setString(3, user.lastName());
        users.setInt(4, user.age());
        users.setObject(5, user.dateJoined());
        users.addBatch();
    }

    void execute() throws SQLException {
        pins.executeBatch();
        geolocations.executeBatch();
        users.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (pins; geolocations; users) {
            // closes all three, even if one fails
        }
    }
}
