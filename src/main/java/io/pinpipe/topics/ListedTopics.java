package io.pinpipe.topics;

import java.util.List;

/** The outcome of a listing: every topic described so far, in name order; incomplete when it was cancelled. */
public record ListedTopics(List<TopicSummary> topics, int total, boolean complete) {

    public ListedTopics {
        topics = List.copyOf(topics);
    }
}
