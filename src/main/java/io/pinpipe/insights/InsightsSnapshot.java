package io.pinpipe.insights;

import java.time.Instant;
import java.util.List;

/**
 * The eight questions' answers at one moment, with the status they were computed at.
 *
 * @param results    one table per {@link Query}, in the enum's order
 * @param status     what had been read when they were computed
 * @param computedAt when the queries ran
 */
public record InsightsSnapshot(List<ResultTable> results, InsightsStatus status, Instant computedAt) {

    public ResultTable result(Query query) {
        return results.get(query.ordinal());
    }
}
