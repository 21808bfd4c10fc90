package io.pinpipe.consumers;

import java.util.OptionalLong;

/** A group's lag on one topic: the sum over its partitions (empty when no partition's lag is known). */
public record TopicLag(String topic, int partitions, OptionalLong lag) {
}
