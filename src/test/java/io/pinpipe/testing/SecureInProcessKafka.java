package io.pinpipe.testing;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A second in-process KRaft broker, like {@link InProcessKafka} but with SASL/SCRAM-SHA-512 and TLS listeners.
 * The SCRAM user is created when the storage is formatted, as {@code kafka-storage.sh format --add-scram} does.
 */
final class SecureInProcessKafka implements AutoCloseable {

    static final String USER = "alice";
    static final String PASSWORD = "alice-secret";
    private static final String SCRAM_JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required;";

    private final KafkaRaftServer server;
    private final Path dir;
    private final SecureKafkaBroker broker;

    private SecureInProcessKafka(KafkaRaftServer server, Path dir, SecureKafkaBroker broker) {
        this.server = server;
        this.dir = dir;
        this.broker = broker;
    }

    static SecureInProcessKafka start() {
        try {
            var dir = Files.createDirectories(Path.of("target", "secure-kafka")).toAbsolutePath()
                    .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            var certificates = TestCertificates.create(dir.resolve("tls"));
            int plaintext = InProcessKafka.freePort();
            int scram = InProcessKafka.freePort();
            int tls = InProcessKafka.freePort();
            int scramTls = InProcessKafka.freePort();
            int controller = InProcessKafka.freePort();
            var properties = InProcessKafka.properties(dir.resolve("data"), plaintext, controller);
            var listeners = "PLAINTEXT://127.0.0.1:" + plaintext + ",SASL_PLAINTEXT://127.0.0.1:" + scram
                    + ",SSL://127.0.0.1:" + tls + ",SASL_SSL://127.0.0.1:" + scramTls;
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
            var file = dir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                properties.store(out, "In-process test broker with SCRAM and TLS listeners");
            }
            format(file);
            var server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
            server.startup();
            return new SecureInProcessKafka(server, dir, new SecureKafkaBroker("127.0.0.1:" + plaintext,
                    "127.0.0.1:" + scram, "127.0.0.1:" + tls, "127.0.0.1:" + scramTls,
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
        server.shutdown();
        server.awaitShutdown();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void format(Path file) {
        var output = new ByteArrayOutputStream();
        var status = StorageTool.execute(new String[] {"format", "--config", file.toString(),
                "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted",
                "--add-scram", "SCRAM-SHA-512=[name=" + USER + ",password=" + PASSWORD + "]"},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the secure test broker failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
