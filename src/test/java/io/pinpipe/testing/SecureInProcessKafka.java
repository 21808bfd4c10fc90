package io.pinpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A second in-process KRaft broker, like {@link InProcessKafka} but with SASL/SCRAM-SHA-512 and TLS listeners.
 * The SCRAM user is created when the storage is formatted, as {@code kafka-storage.sh format --add-scram} does.
 */
final class SecureInProcessKafka implements AutoCloseable {

    static final String USER = "alice";
    static final String PASSWORD = "alice-secret";
    private static final String SCRAM_JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required;";

    private final ServerRun run;
    private final SecureKafkaBroker broker;

    private SecureInProcessKafka(ServerRun run, SecureKafkaBroker broker) {
        this.run = run;
        this.broker = broker;
    }

    static SecureInProcessKafka start() {
        try {
            var dir = ServerRun.newFolder(Path.of("target", "secure-kafka"));
            var certificates = TestCertificates.create(dir.resolve("tls"));
            // Every client listener on port 0, read back once the broker runs.
            var listeners = "PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://127.0.0.1:0,SSL://127.0.0.1:0,SASL_SSL://127.0.0.1:0";
            // The SCRAM user is made at format time, as kafka-storage.sh format --add-scram does.
            var run = ServerRun.start(dir, controller -> {
                var properties = InProcessKafka.properties(dir.resolve("data"), controller);
                properties.put("listeners", listeners + ",CONTROLLER://127.0.0.1:" + controller);
                properties.put("advertised.listeners", listeners);
                properties.put("listener.security.protocol.map",
                        "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
                properties.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
                properties.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", SCRAM_JAAS);
                properties.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", SCRAM_JAAS);
                properties.put("ssl.keystore.location", certificates.keystore().toString());
                properties.put("ssl.keystore.type", "PKCS12");
                properties.put("ssl.keystore.password", certificates.keystorePassword());
                properties.put("ssl.key.password", certificates.keystorePassword());
                properties.put("ssl.client.auth", "none");
                return properties;
            }, "--add-scram", "SCRAM-SHA-512=[name=" + USER + ",password=" + PASSWORD + "]");
            return new SecureInProcessKafka(run, new SecureKafkaBroker(run.address("PLAINTEXT"),
                    run.address("SASL_PLAINTEXT"), run.address("SSL"), run.address("SASL_SSL"),
                    certificates.truststore(), certificates.certificate(), USER, PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SecureKafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() throws IOException {
        run.close();
    }
}
