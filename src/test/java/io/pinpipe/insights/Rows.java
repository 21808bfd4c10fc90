package io.pinpipe.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-made rows as the emulator writes them, fed to an engine. */
final class Rows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rows() {
    }

    static Map<String, Object> pin(int index, String category, Object followers, String poster) {
        var row = new LinkedHashMap<String, Object>();
        row.put("index", index);
        row.put("unique_id", "uid-" + index);
        row.put("title", "Title " + index);
        row.put("description", "About " + index);
        row.put("poster_name", poster);
        row.put("follower_count", followers);
        row.put("tag_list", "a,b");
        row.put("is_image_or_video", "image");
        row.put("image_src", "https://i.pinimg.com/originals/" + index + ".jpg");
        row.put("downloaded", 1);
        row.put("save_location", "Local save in /data/" + category);
        row.put("category", category);
        return row;
    }

    static Map<String, Object> geo(int ind, String country, String timestamp) {
        var row = new LinkedHashMap<String, Object>();
        row.put("ind", ind);
        row.put("timestamp", timestamp);
        row.put("latitude", -5.5);
        row.put("longitude", 10.25);
        row.put("country", country);
        return row;
    }

    static Map<String, Object> user(int ind, String first, String last, Object age, String joined) {
        var row = new LinkedHashMap<String, Object>();
        row.put("ind", ind);
        row.put("first_name", first);
        row.put("last_name", last);
        row.put("age", age);
        row.put("date_joined", joined);
        return row;
    }

    static byte[] bytes(Map<String, Object> row) {
        try {
            return JSON.writeValueAsString(row).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(InsightsEngine engine, DataSet set, Map<String, Object> row) {
        engine.accept(set, bytes(row), Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** A post with its geolocation and user, all three. */
    static void post(InsightsEngine engine, int id, String category, Object followers, String country,
                     String eventTime, Object age, String joined) {
        send(engine, DataSet.PIN, pin(id, category, followers, "poster-" + id));
        send(engine, DataSet.GEO, geo(id, country, eventTime));
        send(engine, DataSet.USER, user(id, "First" + id, "Last" + id, age, joined));
    }
}
