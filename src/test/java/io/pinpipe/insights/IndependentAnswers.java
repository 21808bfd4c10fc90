package io.pinpipe.insights;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eight answers worked out again for a test, without the engine's code: the notebook's cleaning restated in
 * SQL over the sample database's three source tables for the ids that were sent, and each question asked in a
 * shape of its own (top per group by MAX rather than RANK, MEDIAN rather than PERCENTILE_CONT).
 */
final class IndependentAnswers {

    private static final String AGE_GROUP = "CASE WHEN age >= 18 AND age <= 24 THEN '18-24' "
            + "WHEN age >= 25 AND age <= 35 THEN '25-35' WHEN age >= 36 AND age <= 50 THEN '36-50' "
            + "WHEN age > 50 THEN '50+' ELSE 'NA' END";
    private static final String FOLLOWERS = "REPLACE(REPLACE(p.follower_count, 'k', '000'), 'M', '000000')";
    private static final String CLEANED = """
            CREATE TABLE cleaned_all AS
            SELECT p.category,
                   CASE WHEN p.poster_name = 'User Info Error' THEN NULL ELSE p.poster_name END AS poster_name,
                   CASE WHEN REGEXP_LIKE(%1$s, '^[0-9]+$') THEN CAST(%1$s AS INT) END AS follower_count,
                   g.country, g.`timestamp` AS event_time, CONCAT(u.first_name, ' ', u.last_name) AS user_name,
                   u.age, u.date_joined, %2$s AS age_group,
                   EXTRACT(YEAR FROM g.`timestamp`) AS event_year, EXTRACT(YEAR FROM u.date_joined) AS join_year
            FROM sent_ids s
            JOIN pinterest_data p ON p.`index` = s.id
            JOIN geolocation_data g ON g.ind = s.id
            JOIN user_data u ON u.ind = s.id""".formatted(FOLLOWERS, AGE_GROUP);

    private static final Map<Query, String> QUESTIONS = Map.of(
            Query.CATEGORY_PER_COUNTRY, top("country", "TRUE"),
            Query.CATEGORY_PER_YEAR, top("event_year", "event_year BETWEEN 2018 AND 2022"),
            Query.MOST_FOLLOWED_PER_COUNTRY, """
                    SELECT DISTINCT country, poster_name, follower_count FROM cleaned_all e
                    WHERE follower_count = (SELECT MAX(follower_count) FROM cleaned_all m WHERE m.country = e.country)
                    ORDER BY country, poster_name""",
            Query.MOST_FOLLOWED_OVERALL, """
                    SELECT DISTINCT country, follower_count FROM cleaned_all
                    WHERE follower_count = (SELECT MAX(follower_count) FROM cleaned_all) ORDER BY country""",
            Query.CATEGORY_PER_AGE_GROUP, top("age_group", "TRUE"),
            Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP, """
                    SELECT age_group, MEDIAN(follower_count) AS m FROM cleaned_all GROUP BY age_group
                    ORDER BY m DESC, age_group""",
            Query.USERS_JOINED_PER_YEAR, """
                    SELECT join_year, COUNT(DISTINCT user_name) FROM cleaned_all
                    WHERE join_year >= 2015 AND join_year <= 2020 GROUP BY join_year ORDER BY join_year""",
            Query.MEDIAN_FOLLOWERS_PER_JOIN_YEAR, """
                    SELECT join_year, MEDIAN(follower_count) FROM cleaned_all
                    WHERE join_year >= 2015 AND join_year <= 2020 GROUP BY join_year ORDER BY join_year""",
            Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR, """
                    SELECT age_group, join_year, MEDIAN(follower_count) FROM cleaned_all
                    WHERE join_year >= 2015 AND join_year <= 2020 GROUP BY age_group, join_year
                    ORDER BY age_group, join_year""");

    private final Connection connection;

    IndependentAnswers(Connection connection, Set<Integer> sent) throws Exception {
        this.connection = connection;
        InsightsIndependentCheckTest.keepIds(connection, sent);
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS cleaned_all");
            statement.execute(CLEANED);
        }
    }

    /** The categories with the most rows per group, ties kept. */
    private static String top(String group, String where) {
        var counts = "(SELECT %1$s AS g, category, COUNT(*) AS n FROM cleaned_all WHERE %2$s GROUP BY %1$s, category)";
        return ("""
                SELECT c.g, c.category, c.n FROM %1$s c
                JOIN (SELECT g, MAX(n) AS most FROM %1$s x GROUP BY g) t ON t.g = c.g AND t.most = c.n
                ORDER BY c.g, c.category""").formatted(counts).formatted(group, where);
    }

    List<List<Object>> rows(Query query) throws Exception {
        var rows = new ArrayList<List<Object>>();
        try (var statement = connection.createStatement();
             var result = statement.executeQuery(QUESTIONS.get(query))) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    var value = result.getObject(i);
                    boolean median = query.columns().get(i - 1).startsWith("median_");
                    row.add(median && value != null ? ((Number) value).doubleValue() : plain(value));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 ? (Object) decimal.longValueExact() : decimal.doubleValue();
        }
        return value;
    }
}
