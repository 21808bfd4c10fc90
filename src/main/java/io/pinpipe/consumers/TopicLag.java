package io.pinpipe.consumers;

import java.util.OptionalLong;

/**
 * A group's lag on one topic: the sum over its partitions (empty when no partition's lag is known).
 *
 * @param partitionsPastEnd how many of those partitions have a committed offset beyond the log's end (counted as no
 *                          lag in the sum)
 */
public record TopicLag(String topic, int partitions, OptionalLong lag, int partitionsPastEnd) {
}
