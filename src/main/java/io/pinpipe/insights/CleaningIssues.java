package io.pinpipe.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cleaning issues counted per reason (a column and a rule, never the value itself, so there are a handful of
 * reasons however dirty the data), each with its first few values as examples: the status shows
 * {@code follower_count is not a number (e.g. 12x, abc)} with the count.
 */
final class CleaningIssues {

    static final int EXAMPLES = 3;
    static final int EXAMPLE_LENGTH = 40;

    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();
    private Map<String, Long> shown = Map.of();

    void report(String reason, String example) {
        counts.merge(reason, 1L, Long::sum);
        var some = examples.computeIfAbsent(reason, key -> new ArrayList<>(EXAMPLES));
        var value = shortened(example);
        if (some.size() < EXAMPLES && !some.contains(value)) {
            some.add(value);
        }
        shown = null;
    }

    /** Reason with its examples → count; the same map object while nothing new was reported. */
    Map<String, Long> counts() {
        if (shown == null) {
            var out = new TreeMap<String, Long>();
            counts.forEach((reason, count) -> out.put(reason + " (e.g. " + String.join(", ", examples.get(reason))
                    + ")", count));
            shown = java.util.Collections.unmodifiableMap(out);
        }
        return shown;
    }

    void clear() {
        counts.clear();
        examples.clear();
        shown = Map.of();
    }

    private static String shortened(String value) {
        var text = String.valueOf(value).replaceAll("\\s+", " ");
        return text.length() <= EXAMPLE_LENGTH ? text : text.substring(0, EXAMPLE_LENGTH - 1) + "…";
    }
}
