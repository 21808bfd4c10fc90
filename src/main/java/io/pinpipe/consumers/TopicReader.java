package io.pinpipe.consumers;

import java.util.OptionalLong;

/**
 * A group that reads (has committed offsets on, or is assigned) a topic, and its lag on that topic alone.
 *
 * @param partitionsPastEnd how many of its partitions of the topic have a committed offset beyond the log's end
 *                          (e.g. the topic was recreated), counted as no lag in {@code lag}
 */
public record TopicReader(String groupId, String state, int members, OptionalLong lag, int partitions,
                          int partitionsPastEnd) {
}
