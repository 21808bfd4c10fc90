package io.pinpipe.sandbox;

import java.time.LocalDateTime;

/** One row of {@code geolocation_data}. */
public record GeoRow(int ind, LocalDateTime timestamp, double latitude, double longitude, String country) {

    GeoRow withInd(int newInd) {
        return new GeoRow(newInd, timestamp, latitude, longitude, country);
    }
}
