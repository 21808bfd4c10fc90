package io.pinpipe.insights.view;

import io.pinpipe.insights.DataSet;
import io.pinpipe.insights.InsightsStatus;
import io.pinpipe.insights.PartitionOffset;

import java.util.Map;
import java.util.stream.Collectors;

/** The status line's words for one snapshot: what was read, joined, waiting, dropped and could not be read. */
record StatusWords(String read, String joined, String waiting, String duplicates, String issues, String issuesDetail,
                   String offsets, String offsetsDetail) {

    static final StatusWords NONE = new StatusWords("", "", "", "", "", "", "", "");

    static StatusWords of(InsightsStatus status) {
        var read = "Read " + java.util.Arrays.stream(DataSet.values())
                .map(set -> Headlines.count(status.eventsRead().getOrDefault(set, 0L)) + " " + set.label())
                .collect(Collectors.joining(" · "));
        var unreadable = total(status.unreadable());
        var cleaning = total(status.cleaningIssues());
        var issues = Headlines.count(unreadable) + " unreadable · " + Headlines.count(cleaning) + " cleaning issues";
        var detail = unreadable + cleaning == 0 ? "Every message was read and cleaned."
                : reasons("Unreadable messages", status.unreadable()) + reasons("Cleaning issues (the row stays, that"
                + " value empty)", status.cleaningIssues());
        var reached = status.offsets().stream().mapToLong(o -> Math.max(0, o.end() - o.next())).sum();
        var offsets = status.offsets().isEmpty() ? "" : reached == 0 ? "At the end of "
                + status.offsets().size() + " partitions" : Headlines.count(reached) + " messages still to read";
        return new StatusWords(read, "Joined " + Headlines.count(status.rowsJoined()),
                "Waiting for partners " + Headlines.count(status.rowsWaiting()),
                "Duplicates dropped " + Headlines.count(status.duplicates()), issues, detail.strip(), offsets,
                status.offsets().stream().map(StatusWords::offset).collect(Collectors.joining("\n")));
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String reasons(String heading, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        return heading + ":\n" + counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> "  " + Headlines.count(e.getValue()) + " × " + e.getKey())
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String offset(PartitionOffset o) {
        return o.topic() + " [" + o.partition() + "]: at " + Headlines.count(o.next()) + " of " + Headlines.count(o.end());
    }
}
