package io.pinpipe.clusters;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** One cluster of a ListClustersV2 or DescribeClusterV2 answer, in the app's own terms. */
public record ClusterSummary(String name, ClusterArn arn, ClusterKind kind, ClusterState state,
                             Optional<String> stateMessage, Optional<String> kafkaVersion, OptionalInt brokerCount,
                             Optional<String> instanceType, Set<ClientAuth> auth, Optional<Instant> created) {

    public ClusterSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        auth = Set.copyOf(auth);
    }

    public String region() {
        return arn.region();
    }

    /** "IAM, SASL/SCRAM", in a fixed order. */
    public String authLabels() {
        return auth.stream().sorted().map(ClientAuth::label).collect(Collectors.joining(", "));
    }

    public boolean accepts(ClientAuth mode) {
        return auth.contains(mode);
    }
}
