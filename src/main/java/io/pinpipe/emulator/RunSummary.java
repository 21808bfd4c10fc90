package io.pinpipe.emulator;

import java.time.Duration;

/** How a run went: its counts once every record had its outcome, and how long it took. */
public record RunSummary(StatsSnapshot stats, Duration elapsed) {

    /** Nothing failed; ids missing from a table are reported but do not fail a run. */
    public boolean clean() {
        return stats.failed() == 0;
    }
}
