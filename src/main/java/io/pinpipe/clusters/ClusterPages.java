package io.pinpipe.clusters;

import java.util.List;

/** Told after each page of a cluster listing, so a view can fill its table while the next page loads. */
@FunctionalInterface
public interface ClusterPages {

    ClusterPages NONE = (batch, soFar) -> { };

    void page(List<ClusterSummary> batch, int soFar);
}
