package io.pinpipe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.Optional;

class MySqlTargetTest {

    @Test
    void passwordsAreLeftOutOfEveryPrintedUrl() {
        assertThat(MySqlTarget.redact("jdbc:mysql://h:3306/db?user=a&password=pw&useSSL=false")).isEqualTo("jdbc:mysql://h:3306/db?user=a&useSSL=false");
        assertThat(MySqlTarget.redact("jdbc:mysql://h/db?password=pw")).isEqualTo("jdbc:mysql://h/db");
        assertThat(MySqlTarget.redact("jdbc:mysql://h/db?useSSL=false&PASSWORD=pw")).isEqualTo("jdbc:mysql://h/db?useSSL=false");
        assertThat(MySqlTarget.redact("jdbc:mysql://admin:pw@h:3306/db")).isEqualTo("jdbc:mysql://admin@h:3306/db");
        assertThat(MySqlTarget.redact("jdbc:mysql://(host=h,password=pw,port=3306)/db")).isEqualTo("jdbc:mysql://(host=h,port=3306)/db");
        assertThat(new MySqlTarget("jdbc:mysql://h/db?password=pw").carriesPassword()).isTrue();
        assertThat(new MySqlTarget("jdbc:mysql://h/db?user=a").carriesPassword()).isFalse();
    }

    @Test
    void namesTheServerAndDatabaseItPointsAt() {
        assertThat(new MySqlTarget("jdbc:mysql://db.example.com:3307/pinterest_data?useSSL=false").hostAndPort()).isEqualTo("db.example.com:3307");
        assertThat(new MySqlTarget("jdbc:mysql://db.example.com/pinterest_data").hostAndPort()).isEqualTo("db.example.com:3306");
        assertThat(new MySqlTarget("jdbc:mysql://admin:pw@h:4000/db").hostAndPort()).isEqualTo("h:4000");
        assertThat(new MySqlTarget("jdbc:mysql://[::1]:3308/db").hostAndPort()).isEqualTo("[::1]:3308");
        assertThat(new MySqlTarget("jdbc:mariadb://h1:3306,h2:3306/db").hostAndPort()).isEqualTo("h1:3306");
        assertThat(new MySqlTarget("jdbc:mysql://(host=h,port=3310)/db").hostAndPort()).isEqualTo("h:3310");
        assertThat(new MySqlTarget("jdbc:mysql://h:3306/pinterest_data?x=1").database()).contains("pinterest_data");
        assertThat(new MySqlTarget("jdbc:mysql://h:3306/").database()).isEqualTo(Optional.empty());
        assertThat(new MySqlTarget("jdbc:mysql://h:3306").database()).isEqualTo(Optional.empty());
    }

    @Test
    void theDriverGetsBatchRewritingAndAConnectTimeout() {
        assertThat(new MySqlTarget("jdbc:mariadb://h:3306/db").driverUrl())
                .isEqualTo("jdbc:mysql://h:3306/db?rewriteBatchedStatements=true&connectTimeout=10000");
        assertThat(new MySqlTarget("jdbc:mysql://h/db?useSSL=false&connectTimeout=500").driverUrl())
                .isEqualTo("jdbc:mysql://h/db?useSSL=false&connectTimeout=500&rewriteBatchedStatements=true");
    }

    @Test
    void anythingButMySqlOrMariaDbIsRefused() {
        assertThatThrownBy(() -> new MySqlTarget("jdbc:postgresql://h/db?password=pw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a MySQL or MariaDB URL: jdbc:postgresql://h/db (expected jdbc:mysql://host:3306/database "
                        + "or jdbc:mariadb://host:3306/database)");
    }
}
