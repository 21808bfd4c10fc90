package io.pinpipe.topics;

import java.util.OptionalInt;

/**
 * What the create dialog needs to know about the cluster. The defaults are empty when the broker's
 * configs may not be read (an IAM policy without DescribeClusterDynamicConfiguration, say).
 */
public record ClusterInfo(String clusterId, int brokerCount, OptionalInt controller,
                          OptionalInt defaultReplicationFactor, OptionalInt defaultPartitions) {
}
