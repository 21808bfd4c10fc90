package io.pinpipe.insights;

/** How far reading reached in one partition: the next offset to read, and the partition's end when last seen. */
public record PartitionOffset(String topic, int partition, long next, long end) {
}
