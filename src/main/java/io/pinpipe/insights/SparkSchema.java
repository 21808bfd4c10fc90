package io.pinpipe.insights;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Each data set's columns as the export's Spark reads the JSON (the DDL schema of {@link SparkCleaning#schema}),
 * and a message's values typed as Spark's JSON reader types them: an INT column takes a JSON whole number only
 * ({@code "7528"}, {@code 7528.0} and a number beyond int are null), a DOUBLE column a JSON number (or
 * {@code "NaN"}/{@code "Infinity"}), a STRING column any value (a number as its text, an object as its JSON).
 * Fields outside the schema are ignored. Spark's {@code DISTINCT *} compares these typed values, so the duplicate
 * check does too.
 */
final class SparkSchema {

    enum Type { INT, DOUBLE, STRING }

    record Column(String name, Type type) {
    }

    private static final List<Column> PIN = List.of(integer("index"), text("unique_id"), text("title"),
            text("description"), text("poster_name"), text("follower_count"), text("tag_list"),
            text("is_image_or_video"), text("image_src"), integer("downloaded"), text("save_location"),
            text("category"));
    private static final List<Column> GEO = List.of(integer("ind"), text("timestamp"),
            new Column("latitude", Type.DOUBLE), new Column("longitude", Type.DOUBLE), text("country"));
    private static final List<Column> USER = List.of(integer("ind"), text("first_name"), text("last_name"),
            integer("age"), text("date_joined"));

    private SparkSchema() {
    }

    static List<Column> columns(DataSet set) {
        return switch (set) {
            case PIN -> PIN;
            case GEO -> GEO;
            case USER -> USER;
        };
    }

    /** The DDL text for Spark's reader, e.g. {@code `index` INT, unique_id STRING, ...}. */
    static String ddl(DataSet set) {
        return columns(set).stream().map(column -> "`" + column.name() + "` " + column.type())
                .collect(Collectors.joining(", "));
    }

    /** The value as Spark's JSON reader gives it for the column's type; null when absent or of another JSON type. */
    static Object typed(Type type, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return switch (type) {
            case INT -> node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
            case DOUBLE -> decimal(node);
            case STRING -> node.isValueNode() ? node.asText() : node.toString();
        };
    }

    /** Whether a present, non-null value was of a JSON type the column cannot take (Spark makes it null). */
    static boolean mistyped(Type type, JsonNode node, Object typed) {
        return typed == null && node != null && !node.isNull() && !node.isMissingNode();
    }

    private static Double decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (!node.isTextual()) {
            return null;
        }
        return switch (node.textValue()) {
            case "NaN", "+NaN", "-NaN" -> Double.NaN;
            case "Infinity", "+Infinity", "+INF", "INF" -> Double.POSITIVE_INFINITY;
            case "-Infinity", "-INF" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }

    /**
     * The typed values as bytes that are equal exactly when Spark's {@code DISTINCT} finds the rows equal: null and
     * absent are the same, {@code 1} and {@code 1.0} in a DOUBLE column the same, -0.0 equals 0.0, extra fields
     * count for nothing.
     */
    static byte[] key(Object[] values) {
        var out = new ByteArrayOutputStream(256);
        for (var value : values) {
            if (value == null) {
                out.write(0);
                continue;
            }
            var text = value instanceof Double number ? Double.toString(number == 0.0 ? 0.0 : number)
                    : value.toString();
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(1);
            out.write(bytes.length >>> 24);
            out.write(bytes.length >>> 16);
            out.write(bytes.length >>> 8);
            out.write(bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static Column integer(String name) {
        return new Column(name, Type.INT);
    }

    private static Column text(String name) {
        return new Column(name, Type.STRING);
    }
}
