package io.pinpipe.consumers.view;

import io.pinpipe.consumers.ResetPlan;

import java.util.Locale;

/** One line of the reset preview as the table shows it: "skips 120", "replays 40", "none" or "-" (words of {@link ResetPlan.Row#changeWords()}). */
public record ResetPreviewRow(String topic, int partition, String current, String target, String change) {

    static ResetPreviewRow of(ResetPlan.Row row) {
        var current = row.current().isPresent() ? number(row.current().getAsLong()) : "none";
        var target = number(row.target()) + (row.clamped() ? " (clamped)" : "");
        return new ResetPreviewRow(row.topic(), row.partition(), current, target, row.changeWords());
    }

    private static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }
}
