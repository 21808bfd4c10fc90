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
    private final ClosedPort closed;

    private MisadvertisedKafka(ServerRun run, ClosedPort closed) {
        this.run = run;
        this.closed = closed;
    }

    public static MisadvertisedKafka start() {
        var closed = ClosedPort.open();
        try {
            return start(closed);
        } catch (IOException e) {
            closed.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closed.close();
            throw e;
        }
    }

    private static MisadvertisedKafka start(ClosedPort closed) throws IOException {
        var dir = ServerRun.newFolder(Path.of("target", "misadvertised-kafka"));
        var run = ServerRun.start(dir, controller -> {
            var properties = InProcessKafka.properties(dir.resolve("data"), controller);
            // Clients get the wrong address; the broker itself and the fixture use an internal listener that is right.
            properties.put("listeners", "PLAINTEXT://127.0.0.1:0,INTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:" + controller);
            properties.put("advertised.listeners", "PLAINTEXT://" + closed.address() + ",INTERNAL://127.0.0.1:0");
            properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
            properties.put("inter.broker.listener.name", "INTERNAL");
            return properties;
        });
        try {
            createTopic(run.address("INTERNAL"));
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
        return new MisadvertisedKafka(run, closed);
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
        return run.address("PLAINTEXT");
    }

    /** What it tells clients to connect to instead: a port nobody listens on. */
    public String advertised() {
        return closed.address();
    }

    @Override
    public void close() throws IOException {
        try {
            run.close();
        } finally {
            closed.close();
        }
    }
}
