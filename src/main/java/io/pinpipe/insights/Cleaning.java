package io.pinpipe.insights;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The original notebook's cleaning, with Spark's semantics ({@code ../shared/reference/insights-queries.md}), over a
 * row typed as Spark reads it ({@link RowParser}): whole-value placeholders become null, {@code follower_count} has
 * {@code k}/{@code M} expanded and is cast to an integer, {@code save_location} loses {@code Local save in},
 * datetimes are parsed as Spark's cast parses them ({@link SparkDateTime}), names are joined. A value that cannot be
 * read becomes null, as Spark's cast makes it, and is reported to {@code issues} with its reason and the value.
 */
final class Cleaning {

    /** Where a cleaning issue goes: its reason (column and rule, never the value) and the value as an example. */
    interface Issues {
        void report(String reason, String example);
    }

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

    private Cleaning() {
    }

    static Object[] clean(RowParser.Parsed row, Issues issues) {
        row.mistyped().forEach(value -> issues.report(value.reason(), value.value()));
        if (row.idOnly()) {
            issues.report("a row of " + row.set().label() + " with its " + RowParser.idColumn(row.set())
                    + " alone (kept, its other columns null)", String.valueOf(row.values()[0]));
        }
        return switch (row.set()) {
            case PIN -> pin(row, issues);
            case GEO -> geo(row, issues);
            case USER -> user(row, issues);
        };
    }

    private static Object[] pin(RowParser.Parsed row, Issues issues) {
        var cleaned = new Object[PIN.length];
        cleaned[0] = row.get("index");
        for (int i = 1; i < PIN.length; i++) {
            cleaned[i] = withoutPlaceholder(PIN[i], (String) row.get(PIN[i]));
        }
        cleaned[4] = followers((String) cleaned[4], issues);
        if (cleaned[9] != null) {
            cleaned[9] = ((String) cleaned[9]).replace("Local save in", "");
        }
        return cleaned;
    }

    private static Object[] geo(RowParser.Parsed row, Issues issues) {
        var coordinates = new Double[]{(Double) row.get("latitude"), (Double) row.get("longitude")};
        return new Object[]{row.get("ind"), row.get("country"), coordinates,
                datetime("timestamp", (String) row.get("timestamp"), issues)};
    }

    private static Object[] user(RowParser.Parsed row, Issues issues) {
        var first = (String) row.get("first_name");
        var last = (String) row.get("last_name");
        var name = first == null || last == null ? null : first + " " + last;
        return new Object[]{row.get("ind"), name, row.get("age"),
                datetime("date_joined", (String) row.get("date_joined"), issues)};
    }

    /** Every {@code k} becomes {@code 000} and every {@code M} {@code 000000}, then an integer (or null). */
    static Integer followers(String value, Issues issues) {
        if (value == null) {
            return null;
        }
        var expanded = value.replace("k", "000").replace("M", "000000");
        var number = integer(expanded);
        if (number == null) {
            issues.report("follower_count is not a number", value);
        }
        return number;
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

    static LocalDateTime datetime(String column, String value, Issues issues) {
        if (value == null) {
            return null;
        }
        var parsed = SparkDateTime.parse(value);
        if (parsed == null) {
            issues.report(column + " is not a date and time", value);
        }
        return parsed;
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
