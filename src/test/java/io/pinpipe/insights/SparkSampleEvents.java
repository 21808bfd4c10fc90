package io.pinpipe.insights;

import io.pinpipe.emulator.DateTimeStyle;
import io.pinpipe.emulator.RowJson;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * Events as the emulator sends them, from the sample database's rows (SampleDataset, the generator that fills the
 * sandbox's H2 database, with its placeholders, k/M follower counts and repeated rows): ids drawn with replacement
 * (so exact duplicates), each written with RowJson in one of the two datetime styles, some posts' geolocation and
 * user never sent, some posts' user never sent.
 */
final class SparkSampleEvents {

    private SparkSampleEvents() {
    }

    static List<SparkCheckEvents.Event> events(long seed, int ids, int draws) {
        var dataset = SampleDataset.of(seed, ids);
        var random = new Random(seed);
        var iso = new RowJson(DateTimeStyle.ISO);
        var original = new RowJson(DateTimeStyle.ORIGINAL);
        var events = new ArrayList<SparkCheckEvents.Event>();
        for (int i = 0; i < draws; i++) {
            var id = random.nextInt(ids);
            var row = dataset.row(id);
            var json = id % 2 == 0 ? iso : original;
            events.add(new SparkCheckEvents.Event(DataSet.PIN, json.write(pin(row))));
            if (id % 23 != 7) {
                events.add(new SparkCheckEvents.Event(DataSet.GEO, json.write(geo(row))));
            }
            if (id % 23 != 7 && id % 19 != 5) {
                events.add(new SparkCheckEvents.Event(DataSet.USER, json.write(user(row))));
            }
        }
        return events;
    }

    private static LinkedHashMap<String, Object> pin(SampleRow row) {
        var pin = row.pin();
        var map = new LinkedHashMap<String, Object>();
        map.put("index", pin.index());
        map.put("unique_id", pin.uniqueId());
        map.put("title", pin.title());
        map.put("description", pin.description());
        map.put("poster_name", pin.posterName());
        map.put("follower_count", pin.followerCount());
        map.put("tag_list", pin.tagList());
        map.put("is_image_or_video", pin.isImageOrVideo());
        map.put("image_src", pin.imageSrc());
        map.put("downloaded", pin.downloaded());
        map.put("save_location", pin.saveLocation());
        map.put("category", pin.category());
        return map;
    }

    private static LinkedHashMap<String, Object> geo(SampleRow row) {
        var geo = row.geo();
        var map = new LinkedHashMap<String, Object>();
        map.put("ind", geo.ind());
        map.put("timestamp", geo.timestamp());
        map.put("latitude", geo.latitude());
        map.put("longitude", geo.longitude());
        map.put("country", geo.country());
        return map;
    }

    private static LinkedHashMap<String, Object> user(SampleRow row) {
        var user = row.user();
        var map = new LinkedHashMap<String, Object>();
        map.put("ind", user.ind());
        map.put("first_name", user.firstName());
        map.put("last_name", user.lastName());
        map.put("age", user.age());
        map.put("date_joined", user.dateJoined());
        return map;
    }
}
