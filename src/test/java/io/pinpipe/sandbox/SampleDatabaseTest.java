package io.pinpipe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pinpipe.settings.AppPaths;
import io.pinpipe.testing.SampleTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

class SampleDatabaseTest {

    @TempDir
    static Path sharedHome;
    private static SampleDatabase created;
    private static Duration creationTime;

    @TempDir
    Path home;

    @BeforeAll
    static void createOnce() {
        created = new SampleDatabase(AppPaths.under(sharedHome));
        var started = System.nanoTime();
        created.ensureCreated(LoadProgress.NONE, () -> false);
        creationTime = Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void firstUseCreatesElevenThousandRowsInEachTableWithinSeconds() {
        assertThat(created.exists()).isTrue();
        assertThat(created.directory()).isEqualTo(AppPaths.under(sharedHome).sandboxDir().resolve("sample-db"));
        assertThat(created.status()).isEqualTo(new SampleDatabaseStatus(true, 11_000, 11_000, 11_000));
        // About 1 s on a quiet laptop (docs/performance.md): the limit catches a regression, not a busy machine.
        assertThat(creationTime).as("creation time").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aSecondCallChangesNothing() throws IOException {
        var folder = folderIdentity(created.directory());
        var reports = new AtomicLong();
        var status = created.ensureCreated((done, total) -> reports.incrementAndGet(), () -> false);
        assertThat(status.ready()).isTrue();
        assertThat(reports).as("rows loaded").hasValue(0);
        assertThat(folderIdentity(created.directory())).as("same folder, not a rebuilt one").isEqualTo(folder);
    }

    @Test
    void rowsAreFoundByIdWithTheOriginalQueries() throws SQLException {
        var expected = SampleDataset.standard().row(7528);
        try (var connection = created.connect();
             var byId = connection.prepareStatement("SELECT * FROM pinterest_data WHERE `index` = ?");
             var byOffset = connection.prepareStatement("SELECT * FROM user_data LIMIT ?, 1")) {
            byId.setInt(1, 7528);
            try (var row = byId.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("unique_id")).isEqualTo(expected.pin().uniqueId());
                assertThat(row.getString("follower_count")).isEqualTo(expected.pin().followerCount());
            }
            byOffset.setInt(1, 7528);
            try (var row = byOffset.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt("ind")).isEqualTo(7528);
                assertThat(row.getString("first_name")).isEqualTo(expected.user().firstName());
            }
        }
    }

    @Test
    void theWholeStandardDatasetIsThere() throws SQLException {
        try (var connection = created.connect()) {
            assertThat(SampleTables.readAll(connection)).isEqualTo(SampleDataset.standard().stream().toList());
        }
    }

    @Test
    void askingForTheStatusOfAMissingDatabaseCreatesNothing() {
        var database = new SampleDatabase(AppPaths.under(home));
        assertThat(database.status()).isEqualTo(new SampleDatabaseStatus(false, 0, 0, 0));
        assertThat(database.exists()).isFalse();
        assertThat(database.directory()).doesNotExist();
        assertThatThrownBy(database::connect).isInstanceOf(SQLException.class);
        assertThat(database.directory()).doesNotExist();
    }

    @Test
    void aCancelledCreationLeavesNothingBehindAndTheNextStartsOver() throws IOException {
        var database = new SampleDatabase(AppPaths.under(home));
        var reports = new AtomicLong();
        assertThatThrownBy(() -> database.ensureCreated((done, total) -> reports.incrementAndGet(), () -> reports.get() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(database.exists()).isFalse();
        assertThat(foldersIn(database.directory().getParent())).isZero();

        assertThat(database.ensureCreated(LoadProgress.NONE, () -> false).ready()).isTrue();
        assertThat(foldersIn(database.directory().getParent())).isOne();
    }

    @Test
    void leftoversOfAKilledCreationAreCleanedUp() throws IOException {
        var database = new SampleDatabase(AppPaths.under(home));
        var abandoned = database.directory().resolveSibling("sample-db.creating-999999999");
        Files.createDirectories(abandoned);
        Files.writeString(abandoned.resolve("pinterest_data.mv.db"), "half written");
        database.ensureCreated(LoadProgress.NONE, () -> false);
        assertThat(abandoned).doesNotExist();
        assertThat(database.status().ready()).isTrue();
    }

    @Test
    void deletingRemovesTheDatabase() {
        var database = new SampleDatabase(AppPaths.under(home));
        database.ensureCreated(LoadProgress.NONE, () -> false);
        database.delete();
        assertThat(database.exists()).isFalse();
        assertThat(database.directory()).doesNotExist();
        assertThat(database.status().created()).isFalse();
    }

    private static Object folderIdentity(Path folder) throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    }

    private static long foldersIn(Path folder) throws IOException {
        try (var children = Files.list(folder)) {
            return children.filter(Files::isDirectory).count();
        }
    }
}
