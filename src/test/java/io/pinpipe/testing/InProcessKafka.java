package io.pinpipe.testing;

import io.pinpipe.sandbox.BrokerProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** A single-node KRaft broker inside the test JVM, with its data under {@code target/}. */
public final class InProcessKafka implements AutoCloseable {

    private final ServerRun run;
    private final KafkaBroker broker;

    private InProcessKafka(ServerRun run, KafkaBroker broker) {
        this.run = run;
        this.broker = broker;
    }

    static InProcessKafka start() {
        return start(Path.of("target", "embedded-kafka"));
    }

    /** @param parent where the broker's data goes, in a folder of its own that closing deletes */
    static InProcessKafka start(Path parent) {
        return start(parent, Map.of());
    }

    /** A broker of its own that, like MSK's by default, does not create a topic a client merely names. */
    public static InProcessKafka withoutAutoCreate() {
        return start(Path.of("target", "embedded-kafka"), Map.of("auto.create.topics.enable", "false"));
    }

    private static InProcessKafka start(Path parent, Map<String, String> overrides) {
        try {
            var dir = ServerRun.newFolder(parent);
            var run = ServerRun.start(dir, controllerPort -> {
                var properties = properties(dir.resolve("data"), controllerPort);
                properties.putAll(overrides);
                return properties;
            });
            return new InProcessKafka(run, new KafkaBroker(run.address("PLAINTEXT")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public KafkaBroker broker() {
        return broker;
    }

    @Override
    public void close() throws IOException {
        run.close();
    }

    /** The sandbox's configuration, the client listener on port 0: {@link EmbeddedServer} reads back the port it got. */
    static Properties properties(Path dataDir, int controllerPort) {
        return new BrokerProperties(dataDir, 0, controllerPort).asProperties();
    }
}
