package io.pinpipe.cli;

import io.pinpipe.insights.DataSet;
import io.pinpipe.insights.InsightsStatus;

import java.util.Map;
import java.util.stream.Collectors;

/** The insights status as one line for stderr: events read, joined, waiting, duplicates, unreadable, issues. */
final class InsightsSummary {

    private InsightsSummary() {
    }

    static String of(InsightsStatus status) {
        long events = status.eventsRead().values().stream().mapToLong(Long::longValue).sum();
        var perSet = java.util.Arrays.stream(DataSet.values())
                .map(set -> set.suffix() + " " + status.eventsRead().getOrDefault(set, 0L))
                .collect(Collectors.joining(", "));
        return "Read " + events + " events (" + perSet + "); " + status.rowsJoined() + " rows joined, "
                + status.rowsWaiting() + " waiting for a partner, " + status.duplicates() + " duplicates dropped, "
                + counted("unreadable", status.unreadable()) + ", " + counted("cleaning issues", status.cleaningIssues());
    }

    private static String counted(String what, Map<String, Long> reasons) {
        long total = reasons.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "0 " + what;
        }
        return total + " " + what + " (" + reasons.entrySet().stream()
                .map(reason -> reason.getKey() + ": " + reason.getValue()).collect(Collectors.joining("; ")) + ")";
    }
}
