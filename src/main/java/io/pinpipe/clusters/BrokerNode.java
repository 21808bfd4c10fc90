package io.pinpipe.clusters;

import java.util.List;
import java.util.Optional;

/** One broker of a provisioned cluster, from ListNodes. */
public record BrokerNode(int brokerId, List<String> endpoints, Optional<String> clientSubnet,
                         Optional<String> vpcAddress, Optional<String> instanceType, Optional<String> kafkaVersion) {

    public BrokerNode {
        endpoints = List.copyOf(endpoints);
    }

    public String endpointText() {
        return String.join(", ", endpoints);
    }
}
