package io.pinpipe.consumers;

import java.util.OptionalLong;

/** A group that reads (has committed offsets on, or is assigned) a topic, and its lag on that topic alone. */
public record TopicReader(String groupId, String state, int members, OptionalLong lag, int partitions) {
}
