package io.pinpipe.testing;

import java.nio.file.Path;

/**
 * A Kafka broker with one listener per security protocol, injected by {@link SecureKafkaExtension}. The SCRAM
 * listeners know one user; the TLS ones present a self-signed certificate for 127.0.0.1 and localhost.
 *
 * @param truststore    a JKS truststore holding that certificate (readable without a password)
 * @param certificate   the same certificate as a PEM file
 */
public record SecureKafkaBroker(String plaintextBootstrap, String scramBootstrap, String tlsBootstrap,
                                String scramTlsBootstrap, Path truststore, Path certificate,
                                String scramUser, String scramPassword) {
}
