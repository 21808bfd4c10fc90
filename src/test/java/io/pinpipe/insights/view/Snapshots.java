package io.pinpipe.insights.view;

import io.pinpipe.insights.DataSet;
import io.pinpipe.insights.InsightsSnapshot;
import io.pinpipe.insights.InsightsStatus;
import io.pinpipe.insights.PartitionOffset;
import io.pinpipe.insights.Query;
import io.pinpipe.insights.ResultTable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Snapshots made by hand: question 1 with the rows given, the others empty, and a status with these counts. */
final class Snapshots {

    private Snapshots() {
    }

    static InsightsSnapshot withCountries(long posts, List<List<Object>> perCountry) {
        var results = new ArrayList<ResultTable>();
        for (var query : Query.values()) {
            results.add(new ResultTable(query, query.columns(),
                    query == Query.CATEGORY_PER_COUNTRY ? perCountry : List.of()));
        }
        var status = new InsightsStatus(Map.of(DataSet.PIN, posts, DataSet.GEO, posts, DataSet.USER, posts - 1),
                posts - 2, 1, 3, Map.of("follower_count is not a number: 12x", 2L), Map.of("not JSON", 1L),
                List.of(new PartitionOffset("demo.pin", 0, posts, posts + 5)), Optional.of(Instant.EPOCH));
        return new InsightsSnapshot(results, status, Instant.EPOCH);
    }
}
