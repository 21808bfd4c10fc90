package io.pinpipe.insights;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.RowJson;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small pipeline's messages, written as the emulator writes rows (RowJson, columns in table order), chosen so that
 * every rule of the cleaning and the queries shows: k and M follower counts, a follower count that is not a number,
 * fractions truncated as the original's cast did ({@code 5.9} is 5) and spaces around one ignored,
 * placeholders, both datetime styles, exact duplicates in all three topics, a post whose partners never arrive, a
 * post whose user never arrives, a message that is not JSON, ties, years outside the queries' ranges and a median
 * over nulls only. The eight answers are worked out by hand in {@link #expected()}.
 */
final class SparkCheckEvents {

    record Event(DataSet set, String json) {
    }

    private static final RowJson ISO = new RowJson(DateTimeStyle.ISO);
    private static final RowJson ORIGINAL = new RowJson(DateTimeStyle.ORIGINAL);

    private SparkCheckEvents() {
    }

    static List<Event> events() {
        var events = new ArrayList<Event>();
        post(events, 1, "travel", "12k", "Alice Poster");
        post(events, 2, "travel", "5.9", "Bob Poster");
        post(events, 3, "art", "1M", "Carol Poster");
        post(events, 4, "art", "User Info Error", "User Info Error");
        post(events, 5, "beauty", "abc", "Dan Poster");
        post(events, 6, "travel", "300", "Eve Poster");
        post(events, 7, "travel", " 300 ", "Frank Poster");
        post(events, 8, "quotes", "9M", "Never Joined");
        post(events, 9, "quotes", "8M", "No User");
        geo(events, 1, "Albania", LocalDateTime.parse("2018-05-01T10:00:00"), ORIGINAL);
        geo(events, 2, "Albania", LocalDateTime.parse("2019-01-01T00:00:00"), ISO);
        geo(events, 3, "Albania", LocalDateTime.parse("2019-06-01T00:00:00"), ORIGINAL);
        geo(events, 4, "Chile", LocalDateTime.parse("2020-01-01T12:30:00"), ISO);
        geo(events, 5, "Chile", LocalDateTime.parse("2020-02-01T00:00:00"), ORIGINAL);
        geo(events, 6, "Zambia", LocalDateTime.parse("2017-07-01T00:00:00"), ISO);
        geo(events, 7, "Zambia", LocalDateTime.parse("2022-01-01T00:00:00"), ORIGINAL);
        geo(events, 9, "Zambia", LocalDateTime.parse("2021-01-01T00:00:00"), ISO);
        user(events, 1, "Alice", 20, LocalDateTime.parse("2015-03-01T10:00:00"), ORIGINAL);
        user(events, 2, "Bob", 30, LocalDateTime.parse("2016-04-01T00:00:00"), ISO);
        user(events, 3, "Carol", 40, LocalDateTime.parse("2016-05-01T00:00:00"), ORIGINAL);
        user(events, 4, "Gina", 55, LocalDateTime.parse("2017-01-01T00:00:00"), ISO);
        user(events, 5, "Dan", 22, LocalDateTime.parse("2017-02-01T00:00:00"), ORIGINAL);
        user(events, 6, "Eve", 60, LocalDateTime.parse("2014-12-31T23:59:59"), ISO);
        user(events, 7, "Frank", 24, LocalDateTime.parse("2020-06-01T00:00:00"), ORIGINAL);
        // Exact duplicates (the emulator samples with replacement) and a message that is not a row at all.
        events.add(events.get(0));
        events.add(events.get(10));
        events.add(events.get(19));
        events.add(new Event(DataSet.PIN, "not json at all"));
        cornerCases(events);
        return events;
    }

    /**
     * Rows of Peru where Spark's reading and Pinpipe's could part: timestamps with Z or an offset (to UTC: the
     * export sets the session time zone), 2020-02-30 and 24:00:00 (null, never the next valid date), a user with its
     * ind alone, an age and an index given as text (null in Spark's INT columns: post 14's 9M never joins), a
     * duplicate in another key order with an extra field, 1 and 1.0 in a DOUBLE column, and "1" for downloaded's 1
     * (another row for Spark's DISTINCT: post 13 counts twice), and a join date of year and month alone (2016-3).
     */
    private static void cornerCases(List<Event> events) {
        raw(events, DataSet.PIN, pinJson(10, "diy", "100", "Pia Poster", "1"));
        raw(events, DataSet.PIN, pinJson(11, "diy", "200", "Quinn Poster", "1"));
        raw(events, DataSet.PIN, pinJson(12, "diy", "400", "Rita Poster", "1"));
        raw(events, DataSet.PIN, pinJson(13, "vehicles", "50", "Sam Poster", "1"));
        raw(events, DataSet.PIN, pinJson(13, "vehicles", "50", "Sam Poster", "\"1\""));
        raw(events, DataSet.PIN, pinJson(14, "vehicles", "9M", "Tom Poster", "1").replace("\"index\":14", "\"index\":\"14\""));
        raw(events, DataSet.PIN, "{\"extra\":\"x\",\"category\":\"diy\",\"save_location\":\"Local save in /data/diy\","
                + "\"downloaded\":1,\"image_src\":\"https://i.example/10.jpg\",\"is_image_or_video\":\"image\","
                + "\"tag_list\":\"a,b\",\"follower_count\":\"100\",\"poster_name\":\"Pia Poster\","
                + "\"description\":\"About diy\",\"title\":\"Title 10\",\"unique_id\":\"uid-10\",\"index\":10}");
        raw(events, DataSet.GEO, geoJson(10, "2020-08-28T03:52:47Z", "1"));
        raw(events, DataSet.GEO, geoJson(10, "2020-08-28T03:52:47Z", "1.0"));
        raw(events, DataSet.GEO, geoJson(11, "2019-12-31T23:30:00-01:00", "2"));
        raw(events, DataSet.GEO, geoJson(12, "2020-02-30 10:00:00", "3"));
        raw(events, DataSet.GEO, geoJson(13, "2019-12-31 24:00:00", "4"));
        raw(events, DataSet.GEO, geoJson(14, "2020-01-01 00:00:00", "5"));
        raw(events, DataSet.USER, userJson(10, "Pia", "70", "2015-12-31T23:00:00-02:00"));
        raw(events, DataSet.USER, "{\"ind\":11}");
        raw(events, DataSet.USER, userJson(12, "Rita", "\"33\"", "2016-02-30"));
        raw(events, DataSet.USER, userJson(13, "Sam", "45", "2016-3"));
        raw(events, DataSet.USER, userJson(14, "Tom", "45", "2016-03-01 00:00:00"));
    }

    private static void raw(List<Event> events, DataSet set, String json) {
        events.add(new Event(set, json));
    }

    private static String pinJson(int index, String category, String followers, String poster, String downloaded) {
        return ("{\"index\":%d,\"unique_id\":\"uid-%d\",\"title\":\"Title %d\",\"description\":\"About %s\","
                + "\"poster_name\":\"%s\",\"follower_count\":\"%s\",\"tag_list\":\"a,b\",\"is_image_or_video\":\"image\","
                + "\"image_src\":\"https://i.example/%d.jpg\",\"downloaded\":%s,\"save_location\":\"Local save in /data/%s\","
                + "\"category\":\"%s\"}").formatted(index, index, index, category, poster, followers, index, downloaded,
                category, category);
    }

    private static String geoJson(int ind, String timestamp, String latitude) {
        return "{\"ind\":%d,\"timestamp\":\"%s\",\"latitude\":%s,\"longitude\":-75.5,\"country\":\"Peru\"}"
                .formatted(ind, timestamp, latitude);
    }

    private static String userJson(int ind, String first, String age, String joined) {
        return "{\"ind\":%d,\"first_name\":\"%s\",\"last_name\":\"Example\",\"age\":%s,\"date_joined\":\"%s\"}"
                .formatted(ind, first, age, joined);
    }

    private static void post(List<Event> events, int index, String category, String followers, String poster) {
        var row = new LinkedHashMap<String, Object>();
        row.put("index", index);
        row.put("unique_id", "uid-" + index);
        row.put("title", index == 4 ? "No Title Data Available" : "Title " + index);
        row.put("description", index == 4 ? "No description available Story format" : "About " + category);
        row.put("poster_name", poster);
        row.put("follower_count", followers);
        row.put("tag_list", index == 4 ? "N,o, ,T,a,g,s, ,A,v,a,i,l,a,b,l,e" : "a,b");
        row.put("is_image_or_video", index == 4 ? "multi-video(story page format)" : "image");
        row.put("image_src", index == 4 ? "Image src error." : "https://i.example/" + index + ".jpg");
        row.put("downloaded", 1);
        row.put("save_location", "Local save in /data/" + category);
        row.put("category", category);
        events.add(new Event(DataSet.PIN, ISO.write(row)));
    }

    private static void geo(List<Event> events, int ind, String country, LocalDateTime time, RowJson style) {
        var row = new LinkedHashMap<String, Object>();
        row.put("ind", ind);
        row.put("timestamp", time);
        row.put("latitude", -10.5 + ind);
        row.put("longitude", 20.25 * ind);
        row.put("country", country);
        events.add(new Event(DataSet.GEO, style.write(row)));
    }

    private static void user(List<Event> events, int ind, String first, int age, LocalDateTime joined, RowJson style) {
        var row = new LinkedHashMap<String, Object>();
        row.put("ind", ind);
        row.put("first_name", first);
        row.put("last_name", "Example");
        row.put("age", age);
        row.put("date_joined", joined);
        events.add(new Event(DataSet.USER, style.write(row)));
    }

    /** The eight tables, worked out by hand from the rules in insights-queries.md (order as each query orders). */
    static Map<Query, List<List<Object>>> expected() {
        var tables = new LinkedHashMap<Query, List<List<Object>>>();
        tables.put(Query.CATEGORY_PER_COUNTRY, List.of(List.of("Albania", "travel", 2), List.of("Chile", "art", 1),
                List.of("Chile", "beauty", 1), List.of("Peru", "diy", 3), List.of("Zambia", "travel", 2)));
        tables.put(Query.CATEGORY_PER_YEAR, List.of(List.of(2018, "travel", 1), List.of(2019, "art", 1),
                List.of(2019, "travel", 1), List.of(2020, "diy", 2), List.of(2022, "travel", 1)));
        tables.put(Query.MOST_FOLLOWED_PER_COUNTRY, List.of(List.of("Albania", "Carol Poster", 1_000_000),
                List.of("Peru", "Rita Poster", 400), List.of("Zambia", "Eve Poster", 300),
                List.of("Zambia", "Frank Poster", 300)));
        tables.put(Query.MOST_FOLLOWED_OVERALL, List.of(List.of("Albania", 1_000_000)));
        tables.put(Query.CATEGORY_PER_AGE_GROUP, List.of(List.of("18-24", "travel", 2), List.of("25-35", "travel", 1),
                List.of("36-50", "vehicles", 2), List.of("50+", "art", 1), List.of("50+", "diy", 1),
                List.of("50+", "travel", 1), List.of("NA", "diy", 2)));
        tables.put(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP, List.of(List.of("18-24", 6150.0), List.of("NA", 300.0),
                List.of("50+", 200.0), List.of("36-50", 50.0), List.of("25-35", 5.0)));
        tables.put(Query.USERS_JOINED_PER_YEAR, List.of(List.of(2015, 1), List.of(2016, 4), List.of(2017, 2),
                List.of(2020, 1)));
        tables.put(Query.MEDIAN_FOLLOWERS_PER_JOIN_YEAR, List.of(List.of(2015, 12_000.0), List.of(2016, 50.0),
                row(2017, null), List.of(2020, 300.0)));
        tables.put(Query.MEDIAN_FOLLOWERS_PER_AGE_GROUP_AND_JOIN_YEAR, List.of(List.of("18-24", 2015, 12_000.0),
                row("18-24", 2017, null), List.of("18-24", 2020, 300.0), List.of("25-35", 2016, 5.0),
                List.of("36-50", 2016, 50.0), List.of("50+", 2016, 100.0), row("50+", 2017, null)));
        return tables;
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
