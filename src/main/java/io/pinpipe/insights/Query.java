package io.pinpipe.insights;

import java.util.List;

/**
 * The original notebook's eight questions (question 3 in two parts), each defined once, as SQL over the view
 * {@value #ALL} of cleaned, joined rows. The same text runs in the live pane (H2, in memory) and in the exported
 * Databricks notebook and PySpark script, so the two cannot drift; {@code SparkExportTest} runs it on Spark.
 * Column names are the notebook's ({@code ../shared/reference/insights-queries.md}).
 */
public enum Query {
    CATEGORY_PER_COUNTRY(1, "Most popular category per country",
            List.of("country", "category", "category_count"),
            """
            SELECT country, category, category_count FROM (
              SELECT country, category, COUNT(category) AS category_count,
                     RANK() OVER (PARTITION BY country ORDER BY COUNT(category) DESC) AS r
              FROM all_rows GROUP BY country, category) t
            WHERE r = 1 ORDER BY country, category"""),
    CATEGORY_PER_YEAR(2, "Most popular category per year",
            List.of("post_year", "category", "category_count"),
            """
            SELECT post_year, category, category_count FROM (
              SELECT post_year, category, COUNT(category) AS category_count,
                     RANK() OVER (PARTITION BY post_year ORDER BY COUNT(category) DESC) AS r
              FROM (SELECT YEAR(event_time) AS post_year, category FROM all_rows) a
              WHERE post_year BETWEEN 2018 AND 2022
              GROUP BY post_year, category) t
            WHERE r = 1 ORDER BY post_year, category"""),
    MOST_FOLLOWED_PER_COUNTRY(3, "Most-followed user per country",
            List.of("country", "poster_name", "follower_count"),
            """
            SELECT DISTINCT country, poster_name, follower_count FROM (
              SELECT country, poster_name, follower_count,
                     RANK() OVER (PARTITION BY country ORDER BY follower_count DESC) AS r
              FROM all_rows WHERE follower_count IS NOT NULL) t
            WHERE r = 1 ORDER BY country, poster_name"""),
    MOST_FOLLOWED_OVERALL(3, "Country of the most-followed user",
            List.of("country", "follower_count"),
            """
            SELECT DISTINCT country, follower_count FROM (
              SELECT country, follower_count, RANK() OVER (ORDER BY follower_count DESC) AS r
              FROM all_rows WHERE follower_count IS NOT NULL) t
            WHERE r = 1 ORDER BY country"""),
    CATEGORY_PER_AGE_GROUP(4, "Most popular category per age group",
            List.of("age_group", "category", "category_count"),
            """
            SELECT age_group, category, category_count FROM (
              SELECT age_group, category, COUNT(category) AS category_count,
                     RANK() OVER (PARTITION BY age_group ORDER BY COUNT(category) DESC) AS r
              FROM (SELECT %1$s AS age_group, category FROM all_rows) a
              GROUP BY age_group, category) t
            WHERE r = 1 ORDER BY age_group, category""".formatted(Query.AGE_GROUP)),
    MEDIAN_FOLLOWERS_PER_AGE_GROUP(5, "Median follower count per age group",
            List.of("age_group", "median_follower_count"),
            """
            SELECT age_group, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY follower_count) AS median_follower_count
            FROM (SELECT %1$s AS age_group, follower_count FROM all_rows) a
            GROUP BY age_group ORDER BY median_follower_count DESC, age_group""".formatted(Query.AGE_GROUP)),
    USERS_JOINED_PER_YEAR(6, "Users joined per year",
            List.of("post_year", "number_users_joined"),
            """
            SELECT YEAR(date_joined) AS post_year, COUNT(DISTINCT user_name) AS number_users_joined
            FROM all_rows WHERE YEAR(date_joined) BETWEEN 2015 AND 2020
            GROUP BY YEAR(date_joined) ORDER BY post_year"""),
    MEDIAN_FOLLOWERS_PER_JOIN_YEAR(7, "Median follower count per join year",
            List.of("post_year", "median_follower_count"),
            """
            SELECT YEAR(date_joined) AS post_year,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY follower_count) AS median_follower_count
            FROM all_rows WHERE YEAR(date_joined) BETWEEN 2015 AND 2020
            GROUP BY YEAR(date_joined) ORDER BY post_year"""),
    MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR(8, "Median follower count per age group and join year",
            List.of("age_group", "post_year", "median_follower_count"),
            """
            SELECT age_group, post_year,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY follower_count) AS median_follower_count
            FROM (SELECT %1$s AS age_group, YEAR(date_joined) AS post_year, follower_count FROM all_rows) a
            WHERE post_year BETWEEN 2015 AND 2020
            GROUP BY age_group, post_year ORDER BY age_group, post_year""".formatted(Query.AGE_GROUP));

    /** The view every query reads: posts joined with their geolocation and user on {@code ind}, all cleaned. */
    public static final String ALL = "all_rows";

    /**
     * The view's columns, in order. {@code event_time} is the geolocation's {@code timestamp} (a keyword in H2's
     * SQL, so renamed once in the view; the export's view renames it the same way).
     */
    public static final List<String> ALL_COLUMNS = List.of("ind", "unique_id", "title", "description",
            "follower_count", "poster_name", "tag_list", "is_image_or_video", "image_src", "save_location",
            "category", "country", "coordinates", "event_time", "user_name", "age", "date_joined");

    static final String AGE_GROUP = "CASE WHEN age BETWEEN 18 AND 24 THEN '18-24' WHEN age BETWEEN 25 AND 35 THEN"
            + " '25-35' WHEN age BETWEEN 36 AND 50 THEN '36-50' WHEN age >= 51 THEN '50+' ELSE 'NA' END";

    private final int question;
    private final String title;
    private final List<String> columns;
    private final String sql;

    Query(int question, String title, List<String> columns, String sql) {
        this.question = question;
        this.title = title;
        this.columns = columns;
        this.sql = sql;
    }

    /** The notebook's question number, 1 to 8 (two queries answer question 3). */
    public int question() {
        return question;
    }

    public String title() {
        return title;
    }

    /** The result's column names, as the notebook names them (the JSON keys of {@code pinpipe insights --json}). */
    public List<String> columns() {
        return columns;
    }

    /** The one definition: SQL that H2 and Spark SQL both run over {@value #ALL}. */
    public String sql() {
        return sql;
    }

    /** The key of this query's list in {@code pinpipe insights --json}: the enum name in lower case. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
