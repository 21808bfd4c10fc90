package io.pinpipe.insights;

import java.time.Instant;

/**
 * The live analysis, without Kafka: takes the three data sets' messages one by one, drops exact duplicates,
 * cleans each row as the original notebook did ({@code ../shared/reference/insights-queries.md}), keeps the
 * cleaned rows in an in-memory SQL database and answers the eight {@link Query queries} on request. Not thread
 * safe: one reader thread feeds it and asks for snapshots.
 */
public final class InsightsEngine implements AutoCloseable {

    public InsightsEngine() {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * One message of a data set. A value that is not a JSON object, or not a row of that data set, is counted as
     * unreadable (with its reason) and changes nothing else.
     *
     * @param timestamp the message's timestamp (the status's newest event)
     */
    public void accept(DataSet set, byte[] value, Instant timestamp) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** Runs the eight queries over what was accepted so far. */
    public InsightsSnapshot snapshot(java.util.List<PartitionOffset> offsets) {
        throw new UnsupportedOperationException("helper: engine");
    }

    /** Forgets every row and count, as a new engine. */
    public void reset() {
        throw new UnsupportedOperationException("helper: engine");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("helper: engine");
    }
}
