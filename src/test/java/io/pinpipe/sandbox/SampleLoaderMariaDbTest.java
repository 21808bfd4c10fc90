package io.pinpipe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.testing.MariaDbExtension;
import io.pinpipe.testing.MariaDbExtension.MariaDb;
import io.pinpipe.testing.SampleTables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Optional;

/** The loader against a real MySQL-protocol server: the schema is accepted and values survive the trip. */
@Tag("slow")
@ExtendWith(MariaDbExtension.class)
class SampleLoaderMariaDbTest {

    @Test
    void datesDoublesAndPlaceholdersComeBackExactlyAsGenerated(MariaDb mariaDb) throws SQLException {
        var target = new MySqlTarget(mariaDb.createDatabase("loader_round_trip"));
        var dataset = SampleDataset.of(3, 2_000);
        try (var connection = target.connect("root", Optional.of(""))) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, dataset, false);
            assertThat(SampleTables.readAll(connection)).isEqualTo(dataset.stream().toList());
        }
    }

    @Test
    void eachTableIsKeyedByItsId(MariaDb mariaDb) throws SQLException {
        var target = new MySqlTarget(mariaDb.createDatabase("loader_keys"));
        try (var connection = target.connect("root", Optional.of(""))) {
            new SampleLoader(LoadProgress.NONE, () -> false).load(connection, SampleDataset.of(1, 10), false);
            var keys = new ArrayList<String>();
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("SELECT table_name, column_name FROM information_schema.key_column_usage "
                         + "WHERE table_schema = 'loader_keys' AND constraint_name = 'PRIMARY' ORDER BY table_name")) {
                while (result.next()) {
                    keys.add(result.getString(1) + "." + result.getString(2));
                }
            }
            assertThat(keys).containsExactly("geolocation_data.ind", "pinterest_data.index", "user_data.ind");
        }
    }
}
