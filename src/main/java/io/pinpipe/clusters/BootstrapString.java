package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;

import java.util.Objects;

/** One bootstrap broker string of a cluster: for which auth mode, over which network, and the servers. */
public record BootstrapString(AuthMode mode, BrokerNetwork network, String servers) {

    public BootstrapString {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(servers, "servers");
    }

    /** "IAM (MSK) · public access", as the detail view and the command line name it. */
    public String label() {
        return mode.label() + " · " + network.label();
    }
}
