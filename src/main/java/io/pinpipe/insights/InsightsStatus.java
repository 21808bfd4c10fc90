package io.pinpipe.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status line's figures.
 *
 * @param eventsRead      messages read per data set (every message, duplicates and unreadable ones included)
 * @param rowsJoined      rows of {@code all}: posts with both partners
 * @param rowsWaiting     distinct rows still waiting for a partner (a post whose user has not arrived yet, ...)
 * @param duplicates      exact duplicate rows dropped, all three data sets
 * @param cleaningIssues  rows cleaned with a value that could not be read, per column and reason, with up to
 *                        three examples (e.g. "follower_count is not a number (e.g. 12x, abc)"); such rows stay, with a null in that column, as Spark keeps them
 * @param unreadable      messages that are not JSON objects or not rows of the data set, per reason
 * @param offsets         reading position per partition of the three topics
 * @param newestEvent     the timestamp of the newest message read (empty before the first)
 */
public record InsightsStatus(Map<DataSet, Long> eventsRead, long rowsJoined, long rowsWaiting, long duplicates,
                             Map<String, Long> cleaningIssues, Map<String, Long> unreadable,
                             List<PartitionOffset> offsets, Optional<Instant> newestEvent) {
}
