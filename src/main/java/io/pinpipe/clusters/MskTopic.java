package io.pinpipe.clusters;

/** A topic as the MSK API reports it (ListTopics), which works without reaching the brokers. */
public record MskTopic(String name, int partitions, int replicationFactor, int outOfSyncReplicas) {
}
