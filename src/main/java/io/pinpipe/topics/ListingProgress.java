package io.pinpipe.topics;

import java.util.List;

/** Told after each batch of a listing, on the listing thread, so a window or a terminal can show how far it is. */
@FunctionalInterface
public interface ListingProgress {

    ListingProgress NONE = (batch, described, total) -> {
    };

    /**
     * @param batch     the summaries of this batch only, in name order
     * @param described topics described so far, this batch included
     * @param total     topics the cluster listed
     */
    void described(List<TopicSummary> batch, int described, int total);
}
