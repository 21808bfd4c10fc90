package io.pinpipe.clusters;

import io.pinpipe.connections.AuthMode;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every bootstrap broker string GetBootstrapBrokers returned, private ones first. */
public record BootstrapBrokers(List<BootstrapString> strings) {

    /** The order Connect tries auth modes in: IAM needs no secret, then SCRAM, TLS, plaintext. */
    public static final List<AuthMode> PREFERENCE = List.of(AuthMode.IAM, AuthMode.SCRAM, AuthMode.TLS, AuthMode.PLAINTEXT);

    public BootstrapBrokers {
        strings = strings.stream().sorted(Comparator.comparing(BootstrapString::network)
                .thenComparing(string -> PREFERENCE.indexOf(string.mode()))).toList();
    }

    public boolean isEmpty() {
        return strings.isEmpty();
    }

    public Optional<BootstrapString> find(AuthMode mode, BrokerNetwork network) {
        return strings.stream().filter(s -> s.mode() == mode && s.network() == network).findFirst();
    }

    /** The string for a mode: inside the VPC if there is one, else public, else any. */
    public Optional<BootstrapString> forMode(AuthMode mode) {
        return find(mode, BrokerNetwork.PRIVATE).or(() -> find(mode, BrokerNetwork.PUBLIC))
                .or(() -> strings.stream().filter(s -> s.mode() == mode).findFirst());
    }

    /** The first of {@link #PREFERENCE} the cluster has a string for. */
    public Optional<BootstrapString> best() {
        return PREFERENCE.stream().map(this::forMode).flatMap(Optional::stream).findFirst();
    }
}
