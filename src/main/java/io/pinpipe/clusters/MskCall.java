package io.pinpipe.clusters;

import java.util.Optional;

/** One MSK API operation and the cluster it is about, for logs and for sentences about its failure. */
record MskCall(String operation, Optional<String> cluster) {

    static MskCall of(String operation) {
        return new MskCall(operation, Optional.empty());
    }

    static MskCall on(String operation, String cluster) {
        return new MskCall(operation, Optional.of(cluster));
    }

    /** The IAM action that allows this operation, e.g. {@code kafka:GetBootstrapBrokers}. */
    String iamAction() {
        return "kafka:" + operation;
    }

    String describe() {
        return operation + cluster.map(name -> " (" + name + ")").orElse("");
    }
}
