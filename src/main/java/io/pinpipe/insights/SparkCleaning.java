package io.pinpipe.insights;

import java.util.List;

/**
 * The three data sets' schemas (every column as the emulator writes it) and the cleaning as Spark SQL views, per
 * {@code ../shared/reference/insights-queries.md}. Spark 4 runs with ANSI mode on, so casts that may meet dirty text
 * are {@code try_cast} (a bad value becomes null instead of failing the job). {@code follower_count} is cast as the
 * original notebook's Spark (ANSI off) and Pinpipe's engine cast it: spaces trimmed, a fraction truncated
 * ({@code 1.5k} is 1), anything else null; Spark 4's {@code try_cast} alone would make {@code 1.5000} null.
 */
final class SparkCleaning {

    /** The DDL schema each data set's JSON is parsed with: columns and types as the emulator writes them. */
    static String schema(DataSet set) {
        return SparkSchema.ddl(set);
    }

    /** The temp view holding a data set's rows as read. */
    static String rawView(DataSet set) {
        return set.suffix() + "_raw";
    }

    /** The temp view holding a data set's rows without exact duplicates, cleaned. */
    static String cleanView(DataSet set) {
        return set.suffix() + "_clean";
    }

    /** The SQL statements, in order: the three cleaned views, then {@value Query#ALL} with {@link Query#ALL_COLUMNS}. */
    static List<Step> steps() {
        return List.of(
                new Step("Posts: exact duplicates dropped, placeholders as nulls, follower_count as a number, "
                        + "save_location without 'Local save in', index renamed ind", pin()),
                new Step("Geolocations: exact duplicates dropped, coordinates from latitude and longitude, "
                        + "timestamp parsed", geo()),
                new Step("Users: exact duplicates dropped, user_name from first and last name, date_joined parsed",
                        user()),
                new Step("All rows: posts joined with their geolocation and user on ind (inner joins: a row whose "
                        + "partners never arrived is left out)", all()));
    }

    /** One cleaning statement and what it does, for the markdown above it. */
    record Step(String title, String sql) {
    }

    private static String pin() {
        return """
                CREATE OR REPLACE TEMP VIEW %s AS
                SELECT
                  `index` AS ind,
                  unique_id,
                  CASE WHEN title = 'No Title Data Available' THEN NULL ELSE title END AS title,
                  CASE WHEN description IN ('Untitled', 'No description available Story format',
                                            'No description available', 'Art.') THEN NULL
                       ELSE description END AS description,
                  CASE WHEN trim(followers) RLIKE '^[+-]?[0-9]+([.][0-9]*)?$'
                       THEN try_cast(regexp_extract(trim(followers), '^[+-]?[0-9]+', 0) AS INT)
                  END AS follower_count,
                  CASE WHEN poster_name = 'User Info Error' THEN NULL ELSE poster_name END AS poster_name,
                  CASE WHEN tag_list = 'N,o, ,T,a,g,s, ,A,v,a,i,l,a,b,l,e' THEN NULL ELSE tag_list END AS tag_list,
                  is_image_or_video,
                  CASE WHEN image_src = 'Image src error.' THEN NULL ELSE image_src END AS image_src,
                  regexp_replace(save_location, 'Local save in', '') AS save_location,
                  category
                FROM (
                  SELECT *, regexp_replace(regexp_replace(
                      CASE WHEN follower_count = 'User Info Error' THEN NULL ELSE follower_count END,
                      'k', '000'), 'M', '000000') AS followers
                  FROM (SELECT DISTINCT * FROM %s))""".formatted(cleanView(DataSet.PIN), rawView(DataSet.PIN));
    }

    private static String geo() {
        return """
                CREATE OR REPLACE TEMP VIEW %s AS
                SELECT
                  ind,
                  country,
                  array(latitude, longitude) AS coordinates,
                  try_cast(`timestamp` AS TIMESTAMP) AS `timestamp`
                FROM (SELECT DISTINCT * FROM %s)""".formatted(cleanView(DataSet.GEO), rawView(DataSet.GEO));
    }

    private static String user() {
        return """
                CREATE OR REPLACE TEMP VIEW %s AS
                SELECT
                  ind,
                  concat(first_name, ' ', last_name) AS user_name,
                  age,
                  try_cast(date_joined AS TIMESTAMP) AS date_joined
                FROM (SELECT DISTINCT * FROM %s)""".formatted(cleanView(DataSet.USER), rawView(DataSet.USER));
    }

    private static String all() {
        return """
                CREATE OR REPLACE TEMP VIEW %s AS
                SELECT
                  p.ind, p.unique_id, p.title, p.description, p.follower_count, p.poster_name, p.tag_list,
                  p.is_image_or_video, p.image_src, p.save_location, p.category,
                  g.country, g.coordinates, g.`timestamp` AS event_time,
                  u.user_name, u.age, u.date_joined
                FROM %s p
                JOIN %s g ON p.ind = g.ind
                JOIN %s u ON p.ind = u.ind""".formatted(Query.ALL, cleanView(DataSet.PIN), cleanView(DataSet.GEO),
                cleanView(DataSet.USER));
    }

    private SparkCleaning() {
    }
}
