package io.pinpipe.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a message value into a row of its data set, or says why it is not one: not JSON, not a JSON object, no id,
 * or a row of another data set. A row's canonical text (keys sorted) is what the duplicate check compares.
 */
final class RowParser {

    /** A readable row: its fields and canonical text; or the reason it cannot be read. */
    record Parsed(ObjectNode row, byte[] canonical, String unreadable) {
    }

    private static final Set<String> PIN_COLUMNS = Set.of("unique_id", "title", "description", "follower_count",
            "poster_name", "tag_list", "is_image_or_video", "image_src", "save_location", "category", "downloaded");
    private static final Set<String> GEO_COLUMNS = Set.of("country", "latitude", "longitude", "timestamp");
    private static final Set<String> USER_COLUMNS = Set.of("first_name", "last_name", "age", "date_joined");

    private final ObjectMapper mapper = new ObjectMapper();

    Parsed parse(DataSet set, byte[] value) {
        JsonNode node;
        try {
            node = value == null ? null : mapper.readTree(value);
        } catch (JsonProcessingException e) {
            return unreadable("not JSON");
        } catch (IOException e) {
            return unreadable("not JSON");
        }
        if (node == null || node.isMissingNode()) {
            return unreadable("not JSON (empty)");
        }
        if (!(node instanceof ObjectNode row)) {
            return unreadable("not a JSON object");
        }
        var id = idColumn(set);
        var idNode = row.get(id);
        if (idNode == null || idNode.isNull()) {
            return unreadable("no " + id + ": not a row of " + set.label());
        }
        if (ownColumns(set).stream().noneMatch(row::has)) {
            return unreadable("not a row of " + set.label() + " (none of its columns)");
        }
        if (Cleaning.integer(idNode) == null) {
            return unreadable(id + " is not a whole number");
        }
        return new Parsed(row, canonical(row), null);
    }

    static String idColumn(DataSet set) {
        return set == DataSet.PIN ? "index" : "ind";
    }

    private static Set<String> ownColumns(DataSet set) {
        return switch (set) {
            case PIN -> PIN_COLUMNS;
            case GEO -> GEO_COLUMNS;
            case USER -> USER_COLUMNS;
        };
    }

    /** The row with its columns in name order, so two equal rows give equal bytes whatever their key order. */
    private static byte[] canonical(ObjectNode row) {
        var sorted = new TreeMap<String, String>();
        row.fields().forEachRemaining(field -> sorted.put(field.getKey(), field.getValue().toString()));
        var text = new StringBuilder(256);
        sorted.forEach((key, value) -> text.append(key).append('\u0000').append(value).append('\u0001'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Parsed unreadable(String reason) {
        return new Parsed(null, null, reason);
    }
}
