package io.pinpipe.insights.view;

import io.pinpipe.insights.ResultTable;

import java.util.List;
import java.util.Locale;

/**
 * The one line under a question in the list: its strongest row, e.g. "Albania · art (12)" (the row with the highest
 * last column, the first of a tie), so a person sees the answer move without opening the question.
 */
final class Headlines {

    private Headlines() {
    }

    static String of(ResultTable table) {
        if (table == null || table.rows().isEmpty()) {
            return "No rows yet";
        }
        List<Object> best = null;
        var bestValue = Double.NEGATIVE_INFINITY;
        for (var row : table.rows()) {
            var value = number(row.get(row.size() - 1));
            if (best == null || value > bestValue) {
                best = row;
                bestValue = value;
            }
        }
        var labels = new StringBuilder();
        for (var i = 0; i < best.size() - 1; i++) {
            labels.append(i == 0 ? "" : " · ").append(text(table.columns().get(i), best.get(i)));
        }
        return labels + " (" + text(best.get(best.size() - 1)) + ")";
    }

    /** A value of this column as a cell shows it: a year as it is written ("2019"), the rest as {@link #text(Object)}. */
    static String text(String column, Object value) {
        return column.endsWith("year") && value instanceof Number n ? String.valueOf(n.longValue()) : text(value);
    }

    /** A value as a cell shows it: whole numbers grouped, medians with at most one decimal, null as "–". */
    static String text(Object value) {
        if (value == null) {
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

    /** The value a bar is drawn to: 0 for a null. */
    static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
