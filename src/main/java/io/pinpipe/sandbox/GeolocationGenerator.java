package io.pinpipe.sandbox;

import static io.pinpipe.sandbox.RowRandom.pick;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Makes {@code geolocation_data} rows: anywhere on the globe, at any second of the scrape's span. */
final class GeolocationGenerator {

    static final LocalDateTime FIRST_TIMESTAMP = LocalDateTime.of(2017, 12, 1, 0, 0, 0);
    static final LocalDateTime LAST_TIMESTAMP = LocalDateTime.of(2022, 7, 31, 23, 59, 59);
    private static final long SPAN_SECONDS = ChronoUnit.SECONDS.between(FIRST_TIMESTAMP, LAST_TIMESTAMP);

    GeoRow generate(int ind, SplittableRandom random) {
        var timestamp = FIRST_TIMESTAMP.plusSeconds(random.nextLong(SPAN_SECONDS + 1));
        var latitude = fourDecimals(-90 + 180 * random.nextDouble());
        var longitude = fourDecimals(-180 + 360 * random.nextDouble());
        return new GeoRow(ind, timestamp, latitude, longitude, pick(random, Names.COUNTRIES));
    }

    private static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
