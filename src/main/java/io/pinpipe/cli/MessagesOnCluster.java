package io.pinpipe.cli;

import io.pinpipe.client.ClusterClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The topic whose messages a command reads, and its cluster (a picocli mixin): TOPIC, the connection options, --timeout. */
final class MessagesOnCluster {

    @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic.")
    String topic;

    @Mixin
    ClusterOptions cluster;

    /** A client for the command's cluster; the command closes it. */
    ClusterClient client() {
        return ClusterClient.open(cluster.connection.clientProperties(), cluster.describe(), cluster.timeout());
    }
}
