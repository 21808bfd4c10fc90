package io.pinpipe.cli;

import io.pinpipe.clusters.ClusterLookup;
import io.pinpipe.clusters.ClusterSummary;
import io.pinpipe.clusters.MskGateway;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The MSK cluster a command is about, by name or ARN, and whose account and region to find it in (a picocli mixin). */
final class MskClusterArgument {

    @Parameters(index = "0", paramLabel = "CLUSTER", description = "The cluster's name or ARN")
    String cluster;

    @Mixin
    AwsOptions aws;

    /** The gateway to the account and region the options name; the caller closes it. */
    MskGateway gateway() {
        return aws.gateway(aws.target());
    }

    /** @throws io.pinpipe.clusters.MskException when there is no such cluster */
    ClusterSummary find(MskGateway gateway) {
        return ClusterLookup.find(gateway, cluster);
    }
}
