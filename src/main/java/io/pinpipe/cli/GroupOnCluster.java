package io.pinpipe.cli;

import io.pinpipe.consumers.GroupAdmin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The group a command works on, and its cluster (a picocli mixin): GROUP, the connection options, --timeout. */
final class GroupOnCluster {

    @Parameters(index = "0", paramLabel = "GROUP", description = "The consumer group id.")
    String id;

    @Mixin
    ClusterOptions cluster;

    GroupAdmin groups() {
        return cluster.groups();
    }

    /** Where the command connects, for messages. */
    String where() {
        return cluster.describe();
    }
}
