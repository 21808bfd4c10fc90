package io.pinpipe.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The original notebook's cleaning, with Spark's semantics ({@code ../shared/reference/insights-queries.md}):
 * whole-value placeholders become null, {@code follower_count} has {@code k}/{@code M} expanded and is cast to an
 * integer, {@code save_location} loses {@code Local save in}, datetimes are parsed, names are joined. A value that
 * cannot be read becomes null, as Spark's cast makes it, and is reported to {@code issues} with its reason.
 */
final class Cleaning {

    /** The cleaned posts' columns, in table order. */
    static final String[] PIN = {"ind", "unique_id", "title", "description", "follower_count", "poster_name",
            "tag_list", "is_image_or_video", "image_src", "save_location", "category"};
    static final String[] GEO = {"ind", "country", "coordinates", "event_time"};
    static final String[] USER = {"ind", "user_name", "age", "date_joined"};

    private static final Map<String, Set<String>> PLACEHOLDERS = Map.of(
            "description", Set.of("Untitled", "No description available Story format", "No description available",
                    "Art."),
            "follower_count", Set.of("User Info Error"),
            "poster_name", Set.of("User Info Error"),
            "image_src", Set.of("Image src error."),
            "title", Set.of("No Title Data Available"),
            "tag_list", Set.of("N,o, ,T,a,g,s, ,A,v,a,i,l,a,b,l,e"));
    private static final Pattern SPARK_INTEGER = Pattern.compile("[+-]?\\d+(\\.\\d*)?");
    private static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter();

    private Cleaning() {
    }

    static Object[] pin(ObjectNode row, Consumer<String> issues) {
        var cleaned = new Object[PIN.length];
        cleaned[0] = integer(row.get("index"));
        for (int i = 1; i < PIN.length; i++) {
            cleaned[i] = withoutPlaceholder(PIN[i], text(row.get(PIN[i])));
        }
        cleaned[4] = followers((String) cleaned[4], issues);
        if (cleaned[9] != null) {
            cleaned[9] = ((String) cleaned[9]).replace("Local save in", "");
        }
        return cleaned;
    }

    static Object[] geo(ObjectNode row, Consumer<String> issues) {
        var latitude = decimal("latitude", row.get("latitude"), issues);
        var longitude = decimal("longitude", row.get("longitude"), issues);
        return new Object[]{integer(row.get("ind")), text(row.get("country")), new Double[]{latitude, longitude},
                datetime("timestamp", text(row.get("timestamp")), issues)};
    }

    static Object[] user(ObjectNode row, Consumer<String> issues) {
        var first = text(row.get("first_name"));
        var last = text(row.get("last_name"));
        var name = first == null || last == null ? null : first + " " + last;
        return new Object[]{integer(row.get("ind")), name, number("age", row.get("age"), issues),
                datetime("date_joined", text(row.get("date_joined")), issues)};
    }

    /** Every {@code k} becomes {@code 000} and every {@code M} {@code 000000}, then an integer (or null). */
    static Integer followers(String value, Consumer<String> issues) {
        if (value == null) {
            return null;
        }
        var expanded = value.replace("k", "000").replace("M", "000000");
        var number = integer(expanded);
        if (number == null) {
            issues.accept("follower_count is not a number: " + value);
        }
        return number;
    }

    /** A JSON value as Spark's cast to int reads it: a whole number, or text of one; else null. */
    static Integer integer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? node.intValue() : null;
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (int) value : null;
        }
        return node.isTextual() ? integer(node.textValue()) : null;
    }

    /** Spark's cast of text to int: surrounding spaces ignored, a fraction truncated, anything else null. */
    static Integer integer(String text) {
        var trimmed = text.strip();
        if (!SPARK_INTEGER.matcher(trimmed).matches()) {
            return null;
        }
        var dot = trimmed.indexOf('.');
        var whole = dot < 0 ? trimmed : trimmed.substring(0, dot);
        try {
            return Integer.parseInt(whole.startsWith("+") ? whole.substring(1) : whole);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDateTime datetime(String column, String value, Consumer<String> issues) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), DATETIME);
        } catch (DateTimeParseException e) {
            issues.accept(column + " is not a date and time: " + value);
            return null;
        }
    }

    private static Integer number(String column, JsonNode node, Consumer<String> issues) {
        var value = integer(node);
        if (value == null && node != null && !node.isNull()) {
            issues.accept(column + " is not a number: " + text(node));
        }
        return value;
    }

    private static Double decimal(String column, JsonNode node, Consumer<String> issues) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.valueOf(node.asText().strip());
        } catch (NumberFormatException e) {
            issues.accept(column + " is not a number: " + node.asText());
            return null;
        }
    }

    private static String withoutPlaceholder(String column, String value) {
        var placeholders = PLACEHOLDERS.get(column);
        return value != null && placeholders != null && placeholders.contains(value) ? null : value;
    }

    /** A scalar as text (a number as written); objects and arrays as their JSON. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
