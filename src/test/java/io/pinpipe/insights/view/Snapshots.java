package io.pinpipe.insights.view;

import io.pinpipe.insights.DataSet;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.InsightsStatus;
import io.pinpipe.insights.PartitionOffset;
import io.pinpipe.insights.Query;
import io.pinpipe.insights.ResultTable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Snapshots made by hand: question 1 with the rows given, the others empty, and a status with these counts. */
final class Snapshots {

    private Snapshots() {
    }

    private static final List<String> COUNTRIES = List.of("Albania", "American Samoa", "Antarctica (the territory South"
            + " of 60 deg S)", "Bangladesh", "Cote d'Ivoire", "Denmark", "Egypt", "French Southern Territories", "Ghana",
            "Heard Island and McDonald Islands", "India", "Japan", "Kenya", "Luxembourg", "Mexico", "Norway");
    private static final List<String> CATEGORIES = List.of("art", "beauty", "diy-and-crafts", "education",
            "event-planning", "finance", "home-decor", "mens-fashion", "quotes", "tattoos", "travel", "vehicles");
    private static final List<String> AGES = List.of("18-24", "25-35", "36-50", "50+");

    /** Every question answered, the counts growing with {@code scale}, like a run some way in. */
    static InsightsSnapshot full(int scale) {
        var results = new ArrayList<ResultTable>();
        for (var query : Query.values()) {
            var rows = new ArrayList<List<Object>>();
            switch (query) {
                case CATEGORY_PER_COUNTRY -> {
                    for (var i = 0; i < COUNTRIES.size(); i++) {
                        rows.add(List.of(COUNTRIES.get(i), CATEGORIES.get(i % CATEGORIES.size()), (long) (scale + i * 3 % 17)));
                    }
                }
                case CATEGORY_PER_YEAR -> {
                    for (var year = 2018; year <= 2022; year++) {
                        rows.add(List.of((long) year, CATEGORIES.get(year % 12), (long) (scale * 2 + year % 7)));
                    }
                }
                case MOST_FOLLOWED_PER_COUNTRY -> {
                    for (var i = 0; i < COUNTRIES.size(); i++) {
                        rows.add(List.of(COUNTRIES.get(i), "poster " + i, (long) (1000 * scale + 997L * i * i)));
                    }
                }
                case MOST_FOLLOWED_OVERALL -> rows.add(List.of("Norway", 8_000_000L + scale));
                case CATEGORY_PER_AGE_GROUP -> AGES.forEach(age -> rows.add(List.of(age, "art", (long) scale + age.length())));
                case MEDIAN_FOLLOWERS_PER_AGE_GROUP -> AGES.forEach(age -> rows.add(List.of(age, 1500.0 / age.length() + scale)));
                case USERS_JOINED_PER_YEAR -> {
                    for (var year = 2015; year <= 2020; year++) {
                        rows.add(List.of((long) year, (long) (scale + year % 11)));
                    }
                }
                case MEDIAN_FOLLOWERS_PER_JOIN_YEAR -> {
                    for (var year = 2015; year <= 2020; year++) {
                        rows.add(List.of((long) year, 100.5 * (year - 2010)));
                    }
                }
                case MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR -> AGES.forEach(age -> {
                    for (var year = 2015; year <= 2017; year++) {
                        rows.add(List.of(age, (long) year, 50.0 * (year - 2000)));
                    }
                });
            }
            results.add(new ResultTable(query, query.columns(), rows));
        }
        var posts = 40L * scale;
        var status = new InsightsStatus(Map.of(DataSet.PIN, posts, DataSet.GEO, posts, DataSet.USER, posts - 3),
                posts - 9, 4, 7, Map.of("follower_count is not a number: 12x", 2L), Map.of(),
                List.of(new PartitionOffset("demo.pin", 0, posts, posts), new PartitionOffset("demo.geo", 0, posts, posts),
                        new PartitionOffset("demo.user", 0, posts - 3, posts)), Optional.of(Instant.EPOCH));
        return new InsightsSnapshot(results, status, Instant.EPOCH);
    }

    static InsightsSnapshot withCountries(long posts, List<List<Object>> perCountry) {
        var results = new ArrayList<ResultTable>();
        for (var query : Query.values()) {
            results.add(new ResultTable(query, query.columns(),
                    query == Query.CATEGORY_PER_COUNTRY ? perCountry : List.of()));
        }
        var status = new InsightsStatus(Map.of(DataSet.PIN, posts, DataSet.GEO, posts, DataSet.USER, posts - 1),
                posts - 2, 1, 3, Map.of("follower_count is not a number: 12x", 2L), Map.of("not JSON", 1L),
                List.of(new PartitionOffset("demo.pin", 0, posts, posts + 5)), Optional.of(Instant.EPOCH));
        return new InsightsSnapshot(results, status, Instant.EPOCH);
    }

    /** Every question empty but {@code query}, which has {@code rows}; a small status. */
    static InsightsSnapshot with(Query query, List<List<Object>> rows) {
        var results = new ArrayList<ResultTable>();
        for (var each : Query.values()) {
            results.add(new ResultTable(each, each.columns(), each == query ? rows : List.of()));
        }
        var status = new InsightsStatus(Map.of(DataSet.PIN, 3L, DataSet.GEO, 3L, DataSet.USER, 3L), 3, 0, 0, Map.of(),
                Map.of(), List.of(new PartitionOffset("demo.pin", 0, 3, 3)), Optional.of(Instant.EPOCH));
        return new InsightsSnapshot(results, status, Instant.EPOCH);
    }
}
