package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The live engine reads a message as the export's Spark reads it: values typed by Spark's schema (a wrong JSON type
 * is null), a row with its id alone kept, duplicates decided on the typed columns only, and the cleaning issues
 * counted per column and reason with a few examples, however many different dirty values arrive.
 */
class InsightsSparkSemanticsTest {

    private static final String TIME = "2019-05-01 10:00:00";
    private static final String JOINED = "2016-01-01 00:00:00";
    private final InsightsEngine engine = new InsightsEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    private InsightsStatus status() {
        return engine.snapshot(List.of()).status();
    }

    @Test
    void manyDifferentDirtyValuesMakeOneReasonWithItsCountAndThreeExamples() {
        for (int i = 0; i < 500; i++) {
            Rows.post(engine, i, "art", "x" + i, "Chad", TIME, 30, JOINED);
        }

        assertThat(status().cleaningIssues()).containsExactly(
                Map.entry("follower_count is not a number (e.g. x0, x1, x2)", 500L));
        assertThat(status().rowsJoined()).isEqualTo(500);
    }

    @Test
    void valuesOfTheWrongJsonTypeAreNullAsInSparksSchema() throws Exception {
        // "age": "25" and 25.0 are not JSON whole numbers: Spark's INT column reads null, so the age group is NA.
        Rows.post(engine, 1, "art", "10", "Chad", TIME, "25", JOINED);
        Rows.post(engine, 2, "art", "10", "Chad", TIME, 25.0, JOINED);
        Rows.post(engine, 3, "art", "10", "Chad", TIME, 25, JOINED);
        var textIndex = Rows.pin(4, "art", "10", "Ann");
        textIndex.put("index", "4");
        Rows.send(engine, DataSet.PIN, textIndex);
        var textLatitude = Rows.geo(5, "Chad", TIME);
        textLatitude.put("latitude", "-5.5");
        Rows.send(engine, DataSet.GEO, textLatitude);

        assertThat(engine.snapshot(List.of()).result(Query.CATEGORY_PER_AGE_GROUP).rows()).containsExactly(
                List.of("25-35", "art", 1L), List.of("NA", "art", 2L));
        assertThat(engine.debugQuery("SELECT coordinates[1] FROM geo_rows WHERE ind = 5"))
                .containsExactly(Arrays.asList((Object) null));
        assertThat(status().unreadable()).containsExactly(
                Map.entry("index is not a whole number (a JSON integer): the row cannot join", 1L));
        assertThat(status().cleaningIssues()).containsExactly(
                Map.entry("age is not a JSON whole number (Spark reads null) (e.g. 25, 25.0)", 2L),
                Map.entry("latitude is not a JSON number (Spark reads null) (e.g. -5.5)", 1L));
    }

    @Test
    void aRowWithItsIdAloneIsKeptAndJoinsAsInSpark() {
        Rows.send(engine, DataSet.PIN, Rows.pin(1, "art", "10", "Ann"));
        Rows.send(engine, DataSet.GEO, Rows.geo(1, "Chad", TIME));
        send(DataSet.USER, "{\"ind\": 1}");

        assertThat(status().rowsJoined()).isEqualTo(1);
        assertThat(engine.snapshot(List.of()).result(Query.CATEGORY_PER_AGE_GROUP).rows())
                .containsExactly(List.of("NA", "art", 1L));
        assertThat(status().cleaningIssues()).containsExactly(
                Map.entry("a row of users with its ind alone (kept, its other columns null) (e.g. 1)", 1L));
    }

    @Test
    void duplicatesAreDecidedOnTheTypedColumnsAsSparksDistinct() {
        send(DataSet.GEO, "{\"ind\":1,\"timestamp\":\"2019-05-01 10:00:00\",\"latitude\":1,\"longitude\":2.5,\"country\":\"Chad\"}");
        // Keys in another order, an extra field, 1.0 for 1 in a DOUBLE column: the same row for Spark.
        send(DataSet.GEO, "{\"country\":\"Chad\",\"longitude\":2.5,\"latitude\":1.0,\"timestamp\":\"2019-05-01 10:00:00\",\"ind\":1,\"extra\":7}");
        send(DataSet.USER, "{\"ind\":1,\"first_name\":\"A\",\"last_name\":\"B\",\"age\":30,\"date_joined\":\"2016-01-01\"}");
        // A null and an absent field are the same null.
        send(DataSet.USER, "{\"ind\":1,\"first_name\":\"A\",\"last_name\":\"B\",\"age\":30,\"date_joined\":\"2016-01-01\",\"x\":null}");
        send(DataSet.PIN, "{\"index\":1,\"category\":\"art\",\"downloaded\":1,\"tag_list\":null}");
        send(DataSet.PIN, "{\"index\":1,\"category\":\"art\",\"downloaded\":1}");
        // "1" is not 1 in the INT column downloaded: Spark reads null, so this row is another one.
        send(DataSet.PIN, "{\"index\":1,\"category\":\"art\",\"downloaded\":\"1\"}");

        assertThat(status().duplicates()).isEqualTo(3);
        assertThat(status().rowsJoined()).isEqualTo(2);
        assertThat(engine.snapshot(List.of()).result(Query.CATEGORY_PER_COUNTRY).rows())
                .containsExactly(List.of("Chad", "art", 2L));
    }

    @Test
    void theSameBytesAgainAreADuplicateWithoutParsingAndStillCounted() {
        var bytes = Rows.bytes(Rows.user(1, "A", "B", "30", JOINED));
        for (int i = 0; i < 3; i++) {
            engine.accept(DataSet.USER, bytes, Instant.now());
        }

        assertThat(status().duplicates()).isEqualTo(2);
        assertThat(status().cleaningIssues()).containsExactly(
                Map.entry("age is not a JSON whole number (Spark reads null) (e.g. 30)", 1L));
    }

    private void send(DataSet set, String value) {
        engine.accept(set, value.getBytes(StandardCharsets.UTF_8), Instant.now());
    }
}
