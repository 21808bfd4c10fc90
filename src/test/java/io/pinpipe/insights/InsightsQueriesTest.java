package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

/** The eight queries over hand-made rows whose answers are known, ties, nulls and boundaries included. */
class InsightsQueriesTest {

    private final InsightsEngine engine = new InsightsEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    private List<List<Object>> rows(Query query) {
        return engine.snapshot(List.of()).result(query).rows();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void mostPopularCategoryPerCountryKeepsTies() {
        Rows.post(engine, 1, "art", "10", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 2, "art", "10", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 3, "travel", "10", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 4, "beauty", "10", "Chad", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 5, "quotes", "10", "Chad", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");

        assertThat(rows(Query.CATEGORY_PER_COUNTRY)).containsExactly(
                row("Albania", "art", 2L), row("Chad", "beauty", 1L), row("Chad", "quotes", 1L));
    }

    @Test
    void mostPopularCategoryPerYearOnlyCounts2018To2022() {
        Rows.post(engine, 1, "art", "1", "Chad", "2017-12-31T23:59:59", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 2, "art", "1", "Chad", "2017-06-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 3, "travel", "1", "Chad", "2018-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 4, "travel", "1", "Chad", "2022-12-31T10:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 5, "diy-and-crafts", "1", "Chad", "2022-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 6, "diy-and-crafts", "1", "Chad", "2022-03-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 7, "vehicles", "1", "Chad", "2023-01-01 00:00:00", 30, "2016-01-01 00:00:00");

        assertThat(rows(Query.CATEGORY_PER_YEAR)).containsExactly(
                row(2018L, "travel", 1L), row(2022L, "diy-and-crafts", 2L));
    }

    @Test
    void mostFollowedPerCountryAndOverallKeepTiesAndSkipUnreadableCounts() {
        Rows.post(engine, 1, "art", "26k", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 2, "art", "26000", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 3, "art", "999", "Albania", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 4, "art", "User Info Error", "Chad", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 5, "art", "3", "Chad", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 6, "art", "1M", "Peru", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");
        Rows.post(engine, 7, "art", "1000k", "Togo", "2019-01-01 00:00:00", 30, "2016-01-01 00:00:00");

        assertThat(rows(Query.MOST_FOLLOWED_PER_COUNTRY)).containsExactly(
                row("Albania", "poster-1", 26000L), row("Albania", "poster-2", 26000L), row("Chad", "poster-5", 3L),
                row("Peru", "poster-6", 1000000L), row("Togo", "poster-7", 1000000L));
        assertThat(rows(Query.MOST_FOLLOWED_OVERALL)).containsExactly(
                row("Peru", 1000000L), row("Togo", 1000000L));
    }

    @Test
    void ageGroupsHaveTheirBoundariesAndUnder18IsNA() {
        int id = 0;
        for (int age : new int[]{17, 18, 24, 25, 35, 36, 50, 51, 59}) {
            id++;
            Rows.post(engine, id, "art", String.valueOf(age * 10), "Chad", "2019-01-01 00:00:00", age,
                    "2016-01-01 00:00:00");
        }
        Rows.post(engine, 20, "travel", "5", "Chad", "2019-01-01 00:00:00", 24, "2016-01-01 00:00:00");
        Rows.post(engine, 21, "travel", "5", "Chad", "2019-01-01 00:00:00", 24, "2016-01-01 00:00:00");

        assertThat(rows(Query.CATEGORY_PER_AGE_GROUP)).containsExactly(
                row("18-24", "art", 2L), row("18-24", "travel", 2L), row("25-35", "art", 2L), row("36-50", "art", 2L),
                row("50+", "art", 2L), row("NA", "art", 1L));
        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP)).containsExactly(
                row("50+", 550.0), row("36-50", 430.0), row("25-35", 300.0), row("NA", 170.0), row("18-24", 92.5));
    }

    @Test
    void mediansInterpolateAndIgnoreNulls() {
        Rows.post(engine, 1, "art", "3", "Chad", "2019-01-01 00:00:00", 30, "2016-05-01 00:00:00");
        Rows.post(engine, 2, "art", "4", "Chad", "2019-01-01 00:00:00", 30, "2016-05-01 00:00:00");
        Rows.post(engine, 3, "art", "User Info Error", "Chad", "2019-01-01 00:00:00", 30, "2016-05-01 00:00:00");
        Rows.post(engine, 4, "art", "12x", "Chad", "2019-01-01 00:00:00", 30, "2016-05-01 00:00:00");

        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP)).containsExactly(row("25-35", 3.5));
        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_JOIN_YEAR)).containsExactly(row(2016L, 3.5));
        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR)).containsExactly(row("25-35", 2016L, 3.5));
    }

    @Test
    void joinYearsAre2015To2020AndUsersCountOncePerName() {
        Rows.post(engine, 1, "art", "1", "Chad", "2019-01-01 00:00:00", 20, "2014-12-31 23:59:59");
        Rows.post(engine, 2, "art", "2", "Chad", "2019-01-01 00:00:00", 20, "2015-01-01 00:00:00");
        Rows.post(engine, 3, "art", "4", "Chad", "2019-01-01 00:00:00", 40, "2020-12-31T23:59:59");
        Rows.post(engine, 4, "art", "8", "Chad", "2019-01-01 00:00:00", 40, "2021-01-01 00:00:00");
        // The same person under another id: counted once.
        Rows.send(engine, DataSet.PIN, Rows.pin(5, "art", "6", "poster-5"));
        Rows.send(engine, DataSet.GEO, Rows.geo(5, "Chad", "2019-01-01 00:00:00"));
        Rows.send(engine, DataSet.USER, Rows.user(5, "First3", "Last3", 40, "2020-06-01 00:00:00"));

        assertThat(rows(Query.USERS_JOINED_PER_YEAR)).containsExactly(row(2015L, 1L), row(2020L, 1L));
        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_JOIN_YEAR)).containsExactly(row(2015L, 2.0), row(2020L, 5.0));
        assertThat(rows(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR)).containsExactly(
                row("18-24", 2015L, 2.0), row("36-50", 2020L, 5.0));
    }

    @Test
    void noRowsGiveEmptyTablesWithTheNotebooksColumns() {
        var snapshot = engine.snapshot(List.of());

        for (var query : Query.values()) {
            assertThat(snapshot.result(query).rows()).as(query.name()).isEmpty();
            assertThat(snapshot.result(query).columns()).isEqualTo(query.columns());
        }
    }
}
