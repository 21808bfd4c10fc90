package io.pinpipe.clusters;

/** Finds a cluster by name (any case) or by ARN, the two ways people name one on the command line. */
public final class ClusterLookup {

    private ClusterLookup() {
    }

    /** @throws MskException NOT_FOUND naming the clusters there are, or naming the ambiguity */
    public static ClusterSummary find(MskGateway gateway, String nameOrArn) {
        var wanted = nameOrArn.strip();
        if (ClusterArn.looksLikeArn(wanted)) {
            var arn = ClusterArn.parse(wanted);
            if (!arn.region().equals(gateway.target().region())) {
                throw new MskException(MskException.Reason.INVALID_REQUEST, "Cluster " + arn.clusterName() + " is in "
                        + arn.region() + ", not " + gateway.target().region() + ": add --region " + arn.region());
            }
            return gateway.describeCluster(arn.toString());
        }
        var clusters = gateway.listClusters(ClusterPages.NONE, () -> false);
        var matches = clusters.stream().filter(cluster -> cluster.name().equalsIgnoreCase(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new MskException(MskException.Reason.INVALID_REQUEST, matches.size() + " clusters are named '" + wanted
                    + "' in " + gateway.target().region() + ": give the ARN instead");
        }
        var names = clusters.stream().map(ClusterSummary::name).limit(8).toList();
        throw new MskException(MskException.Reason.NOT_FOUND, "No MSK cluster named '" + wanted + "' for "
                + gateway.target().describe() + (names.isEmpty() ? " (there are none)"
                : "; there are: " + String.join(", ", names) + (clusters.size() > names.size() ? ", ..." : "")));
    }
}
