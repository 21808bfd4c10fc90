package io.pinpipe.connections;

import java.util.Objects;
import java.util.Optional;

/**
 * How a TLS connection decides to trust the broker: the JDK's certificates unless a truststore is given,
 * and the certificate must name the host unless hostname verification is turned off.
 */
public record TlsOptions(Optional<Truststore> truststore, boolean verifyHostname) {

    public static final TlsOptions DEFAULT = new TlsOptions(Optional.empty(), true);

    public TlsOptions {
        Objects.requireNonNull(truststore, "truststore");
    }

    public static TlsOptions trusting(Truststore truststore) {
        return new TlsOptions(Optional.of(truststore), true);
    }

    public TlsOptions withoutHostnameVerification() {
        return new TlsOptions(truststore, false);
    }
}
