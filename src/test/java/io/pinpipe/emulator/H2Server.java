package io.pinpipe.emulator;

import io.pinpipe.sandbox.LoadProgress;
import io.pinpipe.sandbox.SampleDataset;
import io.pinpipe.sandbox.SampleLoader;
import io.pinpipe.testing.TcpRelay;
import org.h2.tools.Server;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A small sample database behind a real TCP server that a test can stop and start again at the same address: a
 * relay holds that address, and each start of the server binds a port of its own behind it.
 */
final class H2Server implements AutoCloseable {

    private static final String OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    private final String name;
    private final TcpRelay relay = TcpRelay.open();
    private Server server;

    H2Server(String name, int rows) throws SQLException {
        this.name = name;
        // Made in-process first: the server, in this JVM too, then serves the same in-memory database.
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:" + name + OPTIONS, "sa", "")) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, SampleDataset.of(SampleDataset.DEFAULT_SEED, rows), true);
        }
        restart();
    }

    String url() {
        return "jdbc:h2:tcp://" + relay.address() + "/mem:" + name + OPTIONS;
    }

    SourceSettings settings() {
        return new SourceSettings(url(), "sa", Optional.of(""), "test database " + name, e -> "Cannot read: " + e.getMessage());
    }

    void stop() {
        relay.away();
        server.stop();
    }

    void restart() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0").start();
        relay.relayTo(server.getPort());
    }

    @Override
    public void close() {
        stop();
        relay.close();
    }
}
