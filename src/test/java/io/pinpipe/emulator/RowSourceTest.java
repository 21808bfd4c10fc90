package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pinpipe.sandbox.SampleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

class RowSourceTest {

    @TempDir
    static Path home;
    private static RowSource source;

    @BeforeAll
    static void open() {
        source = RowSource.open(SourceSettings.sandbox(SandboxSource.create(home)));
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void readsEachTablesRowByIdColumnByColumnAndTypeByType() throws SQLException {
        for (var id : List.of(0, 7528, 2863, 10_999)) {
            var event = source.read(id);
            assertThat(event.id()).isEqualTo(id);
            assertThat(event.missing()).isEmpty();
            for (var table : SourceTable.values()) {
                var expected = SandboxSource.expected(table, id);
                assertThat(event.rows().get(table)).containsExactlyEntriesOf(expected);
                expected.forEach((column, value) -> assertThat(event.rows().get(table).get(column))
                        .as(table + "." + column).isInstanceOf(value.getClass()));
            }
        }
    }

    @Test
    void aBatchReadGivesTheSameEventsAsOneByOneInTheOrderAskedWithRepeatsAndGaps() throws SQLException {
        var ids = List.of(5, 10_999, 5, 11_500, 0);
        var batch = source.read(ids);
        assertThat(batch).extracting(EmulatorEvent::id).containsExactlyElementsOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(source.read(ids.get(i)));
        }
        assertThat(batch.get(3).missing()).containsExactly(SourceTable.values());
    }

    @Test
    void aBatchHoldsExactlyTheRowsEachTableHasWhicheverTablesLackAnIdAndHoweverTheColumnsAreOrdered() throws SQLException {
        var url = schema("gaps",
                "CREATE TABLE pinterest_data (extra TEXT, `index` INT PRIMARY KEY, unique_id TEXT, title TEXT, description TEXT, "
                        + "poster_name TEXT, follower_count TEXT, tag_list TEXT, is_image_or_video TEXT, image_src TEXT, "
                        + "downloaded INT, save_location TEXT, category TEXT)",
                "CREATE TABLE geolocation_data (country TEXT, ind INT PRIMARY KEY, `timestamp` DATETIME, latitude DOUBLE, longitude DOUBLE)",
                "CREATE TABLE user_data (ind INT PRIMARY KEY, first_name TEXT, last_name TEXT, age INT, date_joined DATETIME)",
                "INSERT INTO pinterest_data (`index`, title, extra) VALUES (1, 'one', 'x'), (2, 'two', NULL), (3, 'three', 'z')",
                "INSERT INTO geolocation_data (ind, country, `timestamp`) VALUES (1, 'Chad', '2020-01-02 03:04:05'), (3, 'Peru', NULL), (4, 'Fiji', NULL)",
                "INSERT INTO user_data (ind, first_name, age) VALUES (2, 'Ann', 31), (4, 'Bo', 40), (5, 'Cy', NULL)");
        try (var gaps = RowSource.open(settings(url))) {
            var ids = List.of(1, 2, 3, 4, 5, 6, 1);
            var batch = gaps.read(ids);
            assertThat(batch).extracting(event -> event.rows().keySet()).containsExactly(
                    java.util.Set.of(SourceTable.PIN, SourceTable.GEO), java.util.Set.of(SourceTable.PIN, SourceTable.USER),
                    java.util.Set.of(SourceTable.PIN, SourceTable.GEO), java.util.Set.of(SourceTable.GEO, SourceTable.USER),
                    java.util.Set.of(SourceTable.USER), java.util.Set.of(), java.util.Set.of(SourceTable.PIN, SourceTable.GEO));
            for (int i = 0; i < ids.size(); i++) {
                assertThat(batch.get(i)).isEqualTo(gaps.read(ids.get(i)));
            }
            assertThat(batch.get(0).rows().get(SourceTable.PIN)).containsEntry("extra", "x").containsEntry("title", "one")
                    .containsEntry("index", 1).containsEntry("category", null);
            assertThat(batch.get(0).rows().get(SourceTable.GEO).keySet()).containsExactly("country", "ind", "timestamp", "latitude", "longitude");
            assertThat(batch.get(0).rows().get(SourceTable.GEO)).containsEntry("timestamp", java.time.LocalDateTime.of(2020, 1, 2, 3, 4, 5));
            assertThat(batch.get(3).rows().get(SourceTable.USER)).containsEntry("first_name", "Bo").containsEntry("age", 40);
        }
    }

    @Test
    void countsTheRows() {
        assertThat(source.rowCount()).isEqualTo(11_000);
    }

    @Test
    void anIdNoTableHoldsIsReportedInTheEventNotThrown() throws SQLException {
        var event = source.read(11_000);
        assertThat(event.rows()).isEmpty();
        assertThat(event.missing()).containsExactly(SourceTable.values());
    }

    @Test
    void aMissingTableIsNamed() throws SQLException {
        var url = schema("missing_table", "CREATE TABLE pinterest_data (`index` INT, unique_id TEXT, title TEXT, description TEXT, "
                + "poster_name TEXT, follower_count TEXT, tag_list TEXT, is_image_or_video TEXT, image_src TEXT, "
                + "downloaded INT, save_location TEXT, category TEXT)",
                "CREATE TABLE user_data (ind INT, first_name TEXT, last_name TEXT, age INT, date_joined DATETIME)");
        assertThatThrownBy(() -> RowSource.open(settings(url))).isInstanceOf(SourceException.class)
                .hasMessageContaining("table geolocation_data is missing")
                .hasMessageNotContaining("pinterest_data is missing").hasMessageNotContaining("user_data");
    }

    @Test
    void aMissingColumnIsNamed() throws SQLException {
        var url = schema("missing_column", "CREATE TABLE pinterest_data (`index` INT, unique_id TEXT, title TEXT, description TEXT, "
                + "poster_name TEXT, follower_count TEXT, tag_list TEXT, is_image_or_video TEXT, image_src TEXT, "
                + "downloaded INT, save_location TEXT)",
                "CREATE TABLE geolocation_data (ind INT, `timestamp` DATETIME, latitude DOUBLE, country TEXT)",
                "CREATE TABLE user_data (ind INT, first_name TEXT, last_name TEXT, age INT, date_joined DATETIME)");
        assertThatThrownBy(() -> RowSource.open(settings(url))).isInstanceOf(SourceException.class)
                .hasMessageContaining("table pinterest_data lacks column category")
                .hasMessageContaining("table geolocation_data lacks column longitude");
    }

    private static String schema(String name, String... ddl) throws SQLException {
        var url = "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (var connection = DriverManager.getConnection(url, SampleDatabase.USER, "");
             var statement = connection.createStatement()) {
            for (var sql : ddl) {
                statement.execute(sql);
            }
        }
        return url;
    }

    private static SourceSettings settings(String url) {
        return new SourceSettings(url, SampleDatabase.USER, Optional.of(""), url, e -> e.getMessage());
    }
}
