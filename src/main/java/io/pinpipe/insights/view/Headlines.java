package io.pinpipe.insights.view;

import io.pinpipe.insights.Query;
import io.pinpipe.insights.ResultTable;

import java.util.List;
import java.util.Locale;

/**
 * The one line under a question in the list: its strongest row, e.g. "Albania · art (12)" (the row with the highest
 * last column, the first of a tie; a row without a value, e.g. a median of no users, is never the strongest), so a
 * person sees the answer move without opening the question. For "Country of the most-followed user" every row is the
 * answer (users tied at the most followers are all kept), so its headline names each tied country: "Chad, Norway (9)".
 */
final class Headlines {

    /** What a bar or a headline says for a row without a value. */
    static final String NO_DATA = "no data";

    private Headlines() {
    }

    static String of(ResultTable table) {
        if (table == null || table.rows().isEmpty()) {
            return "No rows yet";
        }
        List<Object> best = null;
        var bestValue = Double.NEGATIVE_INFINITY;
        for (var row : table.rows()) {
            var last = row.get(row.size() - 1);
            if (hasValue(last) && (best == null || number(last) > bestValue)) {
                best = row;
                bestValue = number(last);
            }
        }
        if (best == null) {
            return NO_DATA;
        }
        if (table.query() == Query.MOST_FOLLOWED_OVERALL) {
            return tied(table, bestValue) + " (" + text(best.get(best.size() - 1)) + ")";
        }
        return labels(table, best) + " (" + text(best.get(best.size() - 1)) + ")";
    }

    /** The labels of every row at the top value, e.g. "Chad, Norway". */
    private static String tied(ResultTable table, double top) {
        var names = new java.util.ArrayList<String>();
        for (var row : table.rows()) {
            var last = row.get(row.size() - 1);
            if (hasValue(last) && number(last) == top) {
                var name = labels(table, row);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return String.join(", ", names);
    }

    private static String labels(ResultTable table, List<Object> row) {
        var labels = new StringBuilder();
        for (var i = 0; i < row.size() - 1; i++) {
            labels.append(i == 0 ? "" : " · ").append(text(table.columns().get(i), row.get(i)));
        }
        return labels.toString();
    }

    /** A value of this column as a cell shows it: a year as it is written ("2019"), the rest as {@link #text(Object)}. */
    static String text(String column, Object value) {
        return column.endsWith("year") && value instanceof Number n ? String.valueOf(n.longValue()) : text(value);
    }

    /** A value as a cell shows it: whole numbers grouped, medians with at most one decimal, null as "–". */
    static String text(Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return "–";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", d.longValue()) : String.format(Locale.ROOT, "%,.1f", d);
        }
        if (value instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        return value.toString();
    }

    /** The value a bar is drawn to: 0 for a null (see {@link #hasValue}: such a row draws no bar). */
    static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Whether a bar can be drawn for this value: a number that is not NaN (a median of no users is null). */
    static boolean hasValue(Object value) {
        return value instanceof Number n && !Double.isNaN(n.doubleValue());
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
