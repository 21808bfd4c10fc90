package io.pinpipe.emulator;

import io.pinpipe.sandbox.GeoRow;
import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.PinRow;
import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.UserRow;
import io.pinpipe.settings.AppPaths;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sandbox's sample database for tests, and the rows SampleDataset says each table must hold. */
public final class SandboxSource {

    private SandboxSource() {
    }

    public static SampleDatabase create(Path home) {
        var database = new SampleDatabase(AppPaths.under(home));
        database.ensureCreated(LoadProgress.NONE, () -> false);
        return database;
    }

    public static Map<String, Object> expected(SourceTable table, int id) {
        var row = SampleDataset.standard().row(id);
        return switch (table) {
            case PIN -> pin(row.pin());
            case GEO -> geo(row.geo());
            case USER -> user(row.user());
        };
    }

    private static Map<String, Object> pin(PinRow pin) {
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

    private static Map<String, Object> geo(GeoRow geo) {
        var map = new LinkedHashMap<String, Object>();
        map.put("ind", geo.ind());
        map.put("timestamp", geo.timestamp());
        map.put("latitude", geo.latitude());
        map.put("longitude", geo.longitude());
        map.put("country", geo.country());
        return map;
    }

    private static Map<String, Object> user(UserRow user) {
        var map = new LinkedHashMap<String, Object>();
        map.put("ind", user.ind());
        map.put("first_name", user.firstName());
        map.put("last_name", user.lastName());
        map.put("age", user.age());
        map.put("date_joined", user.dateJoined());
        return map;
    }
}
