package io.pinpipe.sandbox;

import io.pinpipe.settings.AppPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The local sandbox's sample database: the standard dataset in an embedded H2 file database that speaks
 * MySQL's dialect, so the emulator reads it exactly as it reads a real MySQL source.
 *
 * <p>It is built in a folder of its own and renamed into place only when complete, so a cancelled, failed or
 * killed creation never leaves a half-made database where {@link #exists()} would find it.
 */
public final class SampleDatabase {

    public static final String NAME = "pinterest_data";
    /** H2's built-in administrator; the database holds sample data only, so it has no password. */
    public static final String USER = "sa";
    private static final String DIALECT = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    private static final String STAGING_PREFIX = "sample-db.creating-";
    private static final Logger log = LoggerFactory.getLogger(SampleDatabase.class);
    /** One creation or deletion at a time per process, whichever instance asks: they share the folders. */
    private static final Object CHANGES = new Object();

    private final Path directory;

    public SampleDatabase(AppPaths paths) {
        this.directory = paths.sandboxDir().resolve("sample-db");
    }

    public Path directory() {
        return directory;
    }

    /**
     * AUTO_SERVER lets the window and the command line open it at the same time; IFEXISTS keeps a reader from
     * creating an empty database by accident.
     */
    public String jdbcUrl() {
        return urlOf(directory) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    public boolean exists() {
        return Files.isRegularFile(directory.resolve(NAME + ".mv.db"));
    }

    public SampleDatabaseStatus status() {
        if (!exists()) {
            return SampleDatabaseStatus.ABSENT;
        }
        try (var connection = connect()) {
            var counts = TableCounts.of(connection);
            return new SampleDatabaseStatus(true, counts.getOrDefault(SampleSchema.PINTEREST_DATA, 0L),
                    counts.getOrDefault(SampleSchema.GEOLOCATION_DATA, 0L), counts.getOrDefault(SampleSchema.USER_DATA, 0L));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sample database in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the database from {@link SampleDataset#standard()} unless it is ready already, in which case
     * this does nothing. Throws {@link java.util.concurrent.CancellationException} when cancelled.
     */
    public SampleDatabaseStatus ensureCreated(LoadProgress progress, BooleanSupplier cancelled) {
        synchronized (CHANGES) {
            return createUnlessReady(progress, cancelled);
        }
    }

    private SampleDatabaseStatus createUnlessReady(LoadProgress progress, BooleanSupplier cancelled) {
        var current = status();
        if (current.ready()) {
            return current;
        }
        removeAbandonedStaging();
        var staging = directory.resolveSibling(STAGING_PREFIX + ProcessHandle.current().pid());
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            var started = System.nanoTime();
            try (var connection = DriverManager.getConnection(urlOf(staging), USER, "")) {
                new SampleLoader(progress, cancelled).load(connection, SampleDataset.standard(), true);
            }
            if (current.created()) {
                deleteRecursively(directory);
            }
            moveIntoPlace(staging);
            log.info("Created the sample database in {} in {} ms", directory, (System.nanoTime() - started) / 1_000_000);
            return status();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the sample database in " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sample database in " + directory + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Drops the three tables and loads them again from {@link SampleDataset#standard()}, in place, so rows a person
     * changed or deleted come back; creates the database when there is none. Throws
     * {@link java.util.concurrent.CancellationException} when cancelled (the tables are then partly loaded).
     */
    public SampleDatabaseStatus regenerate(LoadProgress progress, BooleanSupplier cancelled) {
        synchronized (CHANGES) {
            if (!exists()) {
                return createUnlessReady(progress, cancelled);
            }
            var started = System.nanoTime();
            try (var connection = connect()) {
                new SampleLoader(progress, cancelled).load(connection, SampleDataset.standard(), true);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot regenerate the sample database in " + directory + ": " + e.getMessage(), e);
            }
            log.info("Regenerated the sample database in {} in {} ms", directory, (System.nanoTime() - started) / 1_000_000);
            return status();
        }
    }

    /** Removes the database; it must not be open (the emulator or another Pinpipe would lose it mid-read). */
    public void delete() {
        synchronized (CHANGES) {
            deleteUnlessOpen();
        }
    }

    private void deleteUnlessOpen() {
        if (Files.exists(directory.resolve(NAME + ".lock.db"))) {
            throw new IllegalStateException("The sample database is in use by Pinpipe; stop what reads it, then delete it");
        }
        try {
            deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the sample database in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String urlOf(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(NAME) + DIALECT;
    }

    private void moveIntoPlace(Path staging) throws IOException {
        try {
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherProcessWasFaster) {
            log.info("Another Pinpipe created the sample database at the same time; keeping theirs");
        }
    }

    /** Staging folders of processes that died mid-creation (a kill, a power cut); live ones are left alone. */
    private void removeAbandonedStaging() {
        var parent = directory.getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(path -> path.getFileName().toString().startsWith(STAGING_PREFIX))
                    .filter(path -> !ownerIsAlive(path))
                    .forEach(SampleDatabase::deleteQuietly);
        } catch (IOException e) {
            log.warn("Cannot look for abandoned sample databases in {}", parent, e);
        }
    }

    private static boolean ownerIsAlive(Path staging) {
        try {
            var pid = Long.parseLong(staging.getFileName().toString().substring(STAGING_PREFIX.length()));
            // Our own are leftovers: creations in this process run one at a time and clean up after themselves.
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("Cannot delete {}", folder, e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
