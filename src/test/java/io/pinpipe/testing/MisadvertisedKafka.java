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
            var closed = InProcessKafka.freePort();
            var properties = InProcessKafka.properties(dir.resolve("data"), port, controller);
            properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + closed);
            return new MisadvertisedKafka(ServerRun.start(dir, properties), "127.0.0.1:" + port, "127.0.0.1:" + closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
