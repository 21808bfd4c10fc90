package io.pinpipe.insights;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The live analysis, without Kafka: takes the three data sets' messages one by one, drops exact duplicates,
 * cleans each row as the original notebook did ({@code ../shared/reference/insights-queries.md}), keeps the
 * cleaned rows in an in-memory SQL database and answers the eight {@link Query queries} on request. Not thread
 * safe: one reader thread feeds it and asks for snapshots.
 */
public final class InsightsEngine implements AutoCloseable {

    private final RowParser parser = new RowParser();
    private final Map<DataSet, DuplicateFilter> seen = new EnumMap<>(DataSet.class);
    private final Map<DataSet, SeenBytes> seenBytes = new EnumMap<>(DataSet.class);
    private final Map<DataSet, Long> events = new EnumMap<>(DataSet.class);
    private final CleaningIssues issues = new CleaningIssues();
    private final Map<String, Long> unreadable = new TreeMap<>();
    private final WaitingRows waiting = new WaitingRows();
    private InsightsStore store;
    private long duplicates;
    private List<ResultTable> results;
    private long resultsAt;
    private Instant newest;
    private boolean closed;

    public InsightsEngine() {
        for (var set : DataSet.values()) {
            seen.put(set, new DuplicateFilter());
            seenBytes.put(set, new SeenBytes());
        }
        store = new InsightsStore();
        clearCounts();
    }

    /**
     * One message of a data set. A value that is not a JSON object, or not a row of that data set, is counted as
     * unreadable (with its reason) and changes nothing else.
     *
     * @param timestamp the message's timestamp (the status's newest event)
     */
    public void accept(DataSet set, byte[] value, Instant timestamp) {
        checkOpen();
        events.merge(set, 1L, Long::sum);
        if (timestamp != null && (newest == null || timestamp.isAfter(newest))) {
            newest = timestamp;
        }
        // The same bytes as a readable row before (only those are remembered): a duplicate, known without parsing.
        var bytes = seenBytes.get(set);
        if (value != null && bytes.contains(value)) {
            duplicates++;
            return;
        }
        var parsed = parser.parse(set, value);
        if (parsed.unreadable() != null) {
            unreadable.merge(parsed.unreadable(), 1L, Long::sum);
            return;
        }
        if (value != null) {
            bytes.add(value);
        }
        if (!seen.get(set).firstTime(parsed.key())) {
            duplicates++;
            return;
        }
        var row = Cleaning.clean(parsed, issues::report);
        // Only a row whose id now has all three data sets can complete a joined row.
        boolean complete = waiting.add(set, (Integer) row[0]);
        store.add(set, row, complete);
    }

    /** Runs the eight queries over what was accepted so far. */
    public InsightsSnapshot snapshot(List<PartitionOffset> offsets) {
        checkOpen();
        // The answers depend on the joined rows alone: while no new one completes, the last ones still hold.
        if (results == null || resultsAt != store.joined()) {
            results = store.results();
            resultsAt = store.joined();
        }
        return new InsightsSnapshot(results, status(offsets), Instant.now());
    }

    /** The status figures alone, without running the queries. */
    public InsightsStatus status(List<PartitionOffset> offsets) {
        return new InsightsStatus(Map.copyOf(events), store.joined(), waiting.total(), duplicates,
                issues.counts(), Map.copyOf(unreadable), List.copyOf(offsets), Optional.ofNullable(newest));
    }

    /** Any SQL over the engine's tables ({@code pin_rows}, {@code geo_rows}, {@code user_rows}, the view): tests. */
    List<List<Object>> debugQuery(String sql) throws java.sql.SQLException {
        return store.query(sql);
    }

    /** Forgets every row and count, as a new engine. */
    public void reset() {
        checkOpen();
        store.close();
        store = new InsightsStore();
        results = null;
        seen.values().forEach(DuplicateFilter::clear);
        seenBytes.values().forEach(SeenBytes::clear);
        waiting.clear();
        clearCounts();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            store.close();
        }
    }

    private void clearCounts() {
        for (var set : DataSet.values()) {
            events.put(set, 0L);
        }
        issues.clear();
        unreadable.clear();
        duplicates = 0;
        newest = null;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The insights engine is closed");
        }
    }

    /** Distinct rows per id and data set, and how many of them wait for a partner (an id not in all three). */
    private static final class WaitingRows {
        private final Map<Integer, int[]> perId = new HashMap<>();
        private long total;

        /** @return whether the id has rows of all three data sets now */
        boolean add(DataSet set, int id) {
            var counts = perId.computeIfAbsent(id, key -> new int[3]);
            if (!complete(counts)) {
                total -= sum(counts);
            }
            counts[set.ordinal()]++;
            if (!complete(counts)) {
                total += sum(counts);
                return false;
            }
            return true;
        }

        long total() {
            return total;
        }

        void clear() {
            perId.clear();
            total = 0;
        }

        private static boolean complete(int[] counts) {
            return counts[0] > 0 && counts[1] > 0 && counts[2] > 0;
        }

        private static long sum(int[] counts) {
            return (long) counts[0] + counts[1] + counts[2];
        }
    }
}
