package io.pinpipe.cli;

import io.pinpipe.topics.TopicAdmin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Duration;

/** The existing topic a command works on, and its cluster (a picocli mixin): NAME, the connection options, --timeout. */
final class TopicOnCluster {

    @Parameters(paramLabel = "NAME", description = "The topic.")
    String name;

    @Mixin
    ClusterOptions cluster;

    TopicAdmin admin() {
        return cluster.admin();
    }

    /** Where the command connects, for messages. */
    String where() {
        return cluster.describe();
    }

    Duration timeout() {
        return cluster.timeout();
    }
}
