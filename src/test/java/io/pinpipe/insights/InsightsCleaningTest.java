package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The notebook's cleaning rules, row by row, as the eight answers and the status show them. */
class InsightsCleaningTest {

    private static final String TIME = "2019-05-01 10:00:00";
    private static final String JOINED = "2016-01-01 00:00:00";
    private final InsightsEngine engine = new InsightsEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    private List<List<Object>> rows(Query query) {
        return engine.snapshot(List.of()).result(query).rows();
    }

    private InsightsStatus status() {
        return engine.snapshot(List.of()).status();
    }

    @Test
    void followerCountsExpandKAndMAndANonNumberBecomesNullCountedWithItsReason() {
        Rows.post(engine, 1, "art", "26k", "Albania", TIME, 30, JOINED);
        Rows.post(engine, 2, "art", "6M", "Benin", TIME, 30, JOINED);
        Rows.post(engine, 3, "art", "437", "Chad", TIME, 30, JOINED);
        Rows.post(engine, 4, "art", "12x", "Denmark", TIME, 30, JOINED);
        Rows.post(engine, 5, "art", "User Info Error", "Egypt", TIME, 30, JOINED);
        Rows.post(engine, 6, "art", 77, "Fiji", TIME, 30, JOINED);

        assertThat(rows(Query.MOST_FOLLOWED_PER_COUNTRY)).containsExactly(
                List.of("Albania", "poster-1", 26_000L), List.of("Benin", "poster-2", 6_000_000L),
                List.of("Chad", "poster-3", 437L), List.of("Fiji", "poster-6", 77L));
        // The placeholder is a null by rule, not an issue; 12x is both.
        assertThat(status().cleaningIssues()).containsExactly(Map.entry("follower_count is not a number (e.g. 12x)", 1L));
        assertThat(status().rowsJoined()).isEqualTo(6);
    }

    @Test
    void placeholdersBecomeNullOnlyOnWholeValueEqualityAndSaveLocationKeepsTheSpace() throws Exception {
        var placeholders = Rows.pin(1, "art", "10", "User Info Error");
        placeholders.put("title", "No Title Data Available");
        placeholders.put("description", "No description available Story format");
        placeholders.put("image_src", "Image src error.");
        placeholders.put("tag_list", "N,o, ,T,a,g,s, ,A,v,a,i,l,a,b,l,e");
        var near = Rows.pin(2, "art", "10", "User Info Error!");
        near.put("title", "No Title Data Available yet");
        near.put("description", "Untitled work");
        var art = Rows.pin(3, "art", "10", "Ann");
        art.put("description", "Art.");
        for (var row : List.of(placeholders, near, art)) {
            Rows.send(engine, DataSet.PIN, row);
        }

        var table = table("SELECT ind, title, description, poster_name, image_src, tag_list, save_location "
                + "FROM pin_rows ORDER BY ind");
        assertThat(table).containsExactly(
                Arrays.asList(1, null, null, null, null, null, " /data/art"),
                Arrays.asList(2, "No Title Data Available yet", "Untitled work", "User Info Error!",
                        "https://i.pinimg.com/originals/2.jpg", "a,b", " /data/art"),
                Arrays.asList(3, "Title 3", null, "Ann", "https://i.pinimg.com/originals/3.jpg", "a,b", " /data/art"));
    }

    @Test
    void geoGetsCoordinatesAndBothDatetimeFormsParseUsersGetOneName() throws Exception {
        Rows.send(engine, DataSet.GEO, Rows.geo(1, "Chad", "2020-08-28 03:52:47"));
        Rows.send(engine, DataSet.GEO, Rows.geo(2, "Chad", "2020-08-28T03:52:47"));
        Rows.send(engine, DataSet.GEO, Rows.geo(3, "Chad", "yesterday"));
        Rows.send(engine, DataSet.GEO, Rows.geo(4, "Chad", "2020-08-28T03:52:47Z"));
        Rows.send(engine, DataSet.GEO, Rows.geo(5, "Chad", "2020-01-01T00:30:00+01:00"));
        Rows.send(engine, DataSet.GEO, Rows.geo(6, "Chad", "2020-02-30 10:00:00"));
        Rows.send(engine, DataSet.GEO, Rows.geo(7, "Chad", "2019-12-31 24:00:00"));
        Rows.send(engine, DataSet.GEO, Rows.geo(8, "Chad", "2020-02-29 23:59:59.1234567"));
        Rows.send(engine, DataSet.USER, Rows.user(1, "Ada", "Lovelace", 36, "2015-10-01T12:00:00"));
        Rows.send(engine, DataSet.USER, Rows.user(2, "Bo", "Bay", 36, "2016-3"));
        Rows.send(engine, DataSet.USER, Rows.user(3, "Cy", "Coe", 36, "2017"));

        assertThat(table("SELECT ind, CAST(event_time AS VARCHAR), coordinates[1], coordinates[2] FROM geo_rows "
                + "ORDER BY ind")).containsExactly(
                Arrays.asList(1, "2020-08-28 03:52:47", -5.5, 10.25),
                Arrays.asList(2, "2020-08-28 03:52:47", -5.5, 10.25),
                Arrays.asList(3, null, -5.5, 10.25),
                // An offset is converted to UTC, as Spark does with the export's session time zone UTC.
                Arrays.asList(4, "2020-08-28 03:52:47", -5.5, 10.25),
                Arrays.asList(5, "2019-12-31 23:30:00", -5.5, 10.25),
                // Strict, as Spark: no February 30th, no hour 24 (never moved on to the next valid date).
                Arrays.asList(6, null, -5.5, 10.25),
                Arrays.asList(7, null, -5.5, 10.25),
                Arrays.asList(8, "2020-02-29 23:59:59.123456", -5.5, 10.25));
        assertThat(table("SELECT ind, user_name, age, CAST(date_joined AS VARCHAR) FROM user_rows ORDER BY ind")).containsExactly(
                Arrays.asList(1, "Ada Lovelace", 36, "2015-10-01 12:00:00"),
                Arrays.asList(2, "Bo Bay", 36, "2016-03-01 00:00:00"),
                Arrays.asList(3, "Cy Coe", 36, "2017-01-01 00:00:00"));
        assertThat(status().cleaningIssues()).containsExactly(
                Map.entry("timestamp is not a date and time (e.g. yesterday, 2020-02-30 10:00:00, 2019-12-31 24:00:00)", 3L));
    }

    @Test
    void exactDuplicatesAreDroppedPerDataSetBeforeCleaningWhateverTheirKeyOrder() {
        Rows.post(engine, 1, "art", "10", "Chad", TIME, 30, JOINED);
        Rows.post(engine, 1, "art", "10", "Chad", TIME, 30, JOINED);
        engine.accept(DataSet.USER, "{\"date_joined\":\"2016-01-01 00:00:00\",\"age\":30,\"last_name\":\"Last1\",\"first_name\":\"First1\",\"ind\":1}"
                .getBytes(StandardCharsets.UTF_8), Instant.now());
        // Same values once cleaned, but not equal before: both stay, as in Spark.
        Rows.send(engine, DataSet.GEO, Rows.geo(1, "Chad", "2019-05-01T10:00:00"));

        var status = status();
        assertThat(status.duplicates()).isEqualTo(4);
        assertThat(status.eventsRead()).containsEntry(DataSet.PIN, 2L).containsEntry(DataSet.GEO, 3L)
                .containsEntry(DataSet.USER, 3L);
        assertThat(status.rowsJoined()).isEqualTo(2);
        assertThat(rows(Query.CATEGORY_PER_COUNTRY)).containsExactly(List.of("Chad", "art", 2L));
    }

    @Test
    void unreadableMessagesAreCountedWithTheirReasonAndChangeNothingElse() {
        send(DataSet.PIN, "not json at all");
        send(DataSet.PIN, "[1, 2]");
        send(DataSet.PIN, "42");
        send(DataSet.PIN, "{\"ind\": 5, \"country\": \"Chad\"}");
        send(DataSet.GEO, "{\"country\": \"Chad\"}");
        send(DataSet.USER, "{\"ind\": \"five\", \"first_name\": \"A\"}");
        engine.accept(DataSet.GEO, null, Instant.now());

        var status = status();
        assertThat(status.unreadable()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "not JSON", 1L,
                "not JSON (empty)", 1L,
                "not a JSON object", 2L,
                "no index: not a row of posts", 1L,
                "no ind: not a row of geolocations", 1L,
                "ind is not a whole number (a JSON integer): the row cannot join", 1L));
        assertThat(status.eventsRead()).containsEntry(DataSet.PIN, 4L).containsEntry(DataSet.GEO, 2L)
                .containsEntry(DataSet.USER, 1L);
        assertThat(status.rowsJoined()).isZero();
        assertThat(status.rowsWaiting()).isZero();
        assertThat(status.duplicates()).isZero();
    }

    @Test
    void rowsWaitForTheirPartnersUntilTheyArrive() {
        Rows.send(engine, DataSet.PIN, Rows.pin(1, "art", "10", "Ann"));
        Rows.send(engine, DataSet.GEO, Rows.geo(1, "Chad", TIME));
        Rows.send(engine, DataSet.USER, Rows.user(2, "Bo", "Bay", 30, JOINED));
        assertThat(status().rowsWaiting()).isEqualTo(3);
        assertThat(status().rowsJoined()).isZero();

        Rows.send(engine, DataSet.USER, Rows.user(1, "Ann", "Ash", 30, JOINED));

        assertThat(status().rowsWaiting()).isEqualTo(1);
        assertThat(status().rowsJoined()).isEqualTo(1);
        assertThat(rows(Query.CATEGORY_PER_COUNTRY)).containsExactly(List.of("Chad", "art", 1L));
    }

    @Test
    void resetForgetsEveryRowAndCount() {
        Rows.post(engine, 1, "art", "12x", "Chad", TIME, 30, JOINED);
        send(DataSet.PIN, "nope");

        engine.reset();

        var status = status();
        assertThat(status.rowsJoined()).isZero();
        assertThat(status.cleaningIssues()).isEmpty();
        assertThat(status.unreadable()).isEmpty();
        assertThat(status.eventsRead().values()).containsOnly(0L);
        assertThat(status.newestEvent()).isEmpty();
        assertThat(rows(Query.CATEGORY_PER_COUNTRY)).isEmpty();
        Rows.post(engine, 1, "art", "12x", "Chad", TIME, 30, JOINED);
        assertThat(status().duplicates()).isZero();
    }

    private void send(DataSet set, String value) {
        engine.accept(set, value.getBytes(StandardCharsets.UTF_8), Instant.now());
    }

    /** The engine's own tables, read through its database (named in the engine for this test). */
    private List<List<Object>> table(String sql) throws Exception {
        return engine.debugQuery(sql);
    }
}
