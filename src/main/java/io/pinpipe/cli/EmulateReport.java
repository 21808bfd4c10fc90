package io.pinpipe.cli;

import io.pinpipe.emulator.EmulatorState;
import io.pinpipe.emulator.RunSummary;
import io.pinpipe.emulator.StatsSnapshot;
import io.pinpipe.emulator.TopicCounts;

import java.io.PrintWriter;
import java.util.Locale;

/** What {@code pinpipe emulate} prints: a progress line a second on stderr, the final counts on stdout. */
final class EmulateReport {

    private EmulateReport() {
    }

    static void progress(PrintWriter err, StatsSnapshot stats, EmulatorState state) {
        var line = String.format(Locale.ROOT, "%d events: sampled %d, acked %d, failed %d, missing %d, %.1f events/s",
                stats.events(), stats.sampled(), stats.acked(), stats.failed(), stats.missing(), stats.eventsPerSecond());
        if (state instanceof EmulatorState.SourceUnavailable unavailable) {
            line += " - " + unavailable.message();
        } else if (state instanceof EmulatorState.Stopping) {
            line += " - stopping, waiting for " + (stats.sampled() - stats.acked() - stats.failed()) + " in flight";
        }
        err.println(line);
        err.flush();
    }

    static void summary(PrintWriter out, RunSummary summary) {
        var stats = summary.stats();
        out.printf(Locale.ROOT, "%d events in %.1f s%n", stats.events(), summary.elapsed().toMillis() / 1000.0);
        var table = new TextTable("TOPIC", "SAMPLED", "SENT", "ACKED", "FAILED", "MISSING");
        for (var topic : stats.topics()) {
            table.row(topic.topic(), topic.sampled(), topic.sent(), topic.acked(), topic.failed(), topic.missing());
        }
        table.row("total", stats.sampled(), stats.sent(), stats.acked(), stats.failed(), stats.missing());
        table.print(out);
        for (var topic : stats.topics()) {
            topic.lastFailure().ifPresent(reason -> out.println("Last failure on " + topic.topic() + ": " + reason));
        }
        out.flush();
    }

    static long inFlight(StatsSnapshot stats) {
        return stats.topics().stream().mapToLong(TopicCounts::inFlight).sum();
    }
}
