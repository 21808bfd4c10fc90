package io.pinpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A broker that listens on one port but advertises another where nothing listens: the bootstrap answers,
 * the addresses it hands out do not, as with an MSK cluster whose advertised listeners are unreachable.
 */
public final class MisadvertisedKafka implements AutoCloseable {

    private final ServerRun run;
    private final String bootstrap;
    private final String advertised;

    private MisadvertisedKafka(ServerRun run, String bootstrap, String advertised) {
        this.run = run;
        this.bootstrap = bootstrap;
        this.advertised = advertised;
    }

    public static MisadvertisedKafka start() {
        try {
            var dir = ServerRun.newFolder(Path.of("target", "misadvertised-kafka"));
            var port = InProcessKafka.freePort();
            var controller = InProcessKafka.freePort();
            var internal = InProcessKafka.freePort();
            var closed = InProcessKafka.freePort();
            var properties = InProcessKafka.properties(dir.resolve("data"), port, controller);
            // Clients get the wrong address; the broker itself and the fixture use an internal listener that is right.
            properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",INTERNAL://127.0.0.1:" + internal
                    + ",CONTROLLER://127.0.0.1:" + controller);
            properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + closed + ",INTERNAL://127.0.0.1:" + internal);
            properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
            properties.put("inter.broker.listener.name", "INTERNAL");
            var run = ServerRun.start(dir, properties);
            createTopic("127.0.0.1:" + internal);
            return new MisadvertisedKafka(run, "127.0.0.1:" + port, "127.0.0.1:" + closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A topic, so that even a topic listing names the (wrong) advertised address, as MSK's internal topics do. */
    private static void createTopic(String bootstrap) {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(java.util.List.of(new org.apache.kafka.clients.admin.NewTopic("orders", 2, (short) 1)))
                    .all().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a topic on the misadvertised test broker", e);
        }
    }

    /** Where the broker really listens. */
    public String bootstrap() {
        return bootstrap;
    }

    /** What it tells clients to connect to instead: a port nobody listens on. */
    public String advertised() {
        return advertised;
    }

    @Override
    public void close() throws IOException {
        run.close();
    }
}
