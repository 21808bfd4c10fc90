package io.pinpipe.emulator;

import io.pinpipe.sandbox.BrokerProperties;
import io.pinpipe.testing.EmbeddedServer;
import io.pinpipe.testing.TcpRelay;

import java.nio.file.Path;

/**
 * A single-node KRaft broker a test can stop and start again with the same data, at the same address: a relay
 * holds that address for the whole test, and each start of the broker binds a port of its own behind it.
 */
public final class RestartableKafka implements AutoCloseable {

    private final Path dir;
    private final TcpRelay relay = TcpRelay.open();
    private EmbeddedServer server;

    public RestartableKafka(Path dir) {
        this.dir = dir.toAbsolutePath();
        try {
            start();
        } catch (RuntimeException e) {
            relay.close();
            throw e;
        }
    }

    public String bootstrap() {
        return relay.address();
    }

    public void start() {
        server = EmbeddedServer.start(dir, controllerPort -> {
            var properties = new BrokerProperties(dir.resolve("data"), 0, controllerPort).asProperties();
            // Clients only ever learn the relay's address, which outlives every start.
            properties.put("advertised.listeners", "PLAINTEXT://" + relay.address());
            return properties;
        });
        relay.relayTo(server.boundPort("PLAINTEXT"));
    }

    public void stop() {
        relay.away();
        server.stop();
    }

    /** Connections turned away while the broker was stopped: clients noticed and kept trying. */
    public int turnedAway() {
        return relay.turnedAway();
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            relay.close();
        }
    }
}
