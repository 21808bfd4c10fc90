package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pinpipe.testing.ClosedPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

/** What a person sees when {@code pinpipe db seed} cannot do its job; the happy path is in DbSeedMariaDbTest. */
class DbSeedCommandTest {

    private static final String PASSWORD = "s3cret-Pa55";
    private static final Map<String, String> ENV = Map.of(PasswordSource.VARIABLE, PASSWORD);

    /** Refuses connections for the whole test, and nothing else can listen there meanwhile. */
    private final ClosedPort closed = ClosedPort.open();

    @AfterEach
    void releaseTheClosedPort() {
        closed.close();
    }

    @Test
    void aUrlThatIsNotMySqlIsRefusedInOneLine() {
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", "jdbc:postgresql://localhost:5432/pinterest_data");
        assertOneLineFailure(run);
        assertThat(run.err()).startsWith("pinpipe: Not a MySQL or MariaDB URL: jdbc:postgresql://localhost:5432/pinterest_data");
    }

    @Test
    void zeroRowsIsRefusedInOneLine() {
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", "jdbc:mysql://localhost:3306/db", "--rows", "0");
        assertOneLineFailure(run);
        assertThat(run.err()).contains("--rows must be between 1 and 10000000, not 0");
    }

    @Test
    void moreThanTenMillionRowsIsRefused() {
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", "jdbc:mysql://localhost:3306/db", "--rows", "10000001");
        assertOneLineFailure(run);
        assertThat(run.err()).contains("--rows must be between 1 and 10000000");
    }

    @Test
    void aPortNobodyListensOnIsReportedAsUnreachable() throws IOException {
        var port = closedPort();
        var run = CliRun.of(ENV, "db", "seed", "--jdbc-url", "jdbc:mysql://127.0.0.1:" + port + "/pinterest_data");
        assertOneLineFailure(run);
        assertThat(run.err()).startsWith("pinpipe: Cannot reach 127.0.0.1:" + port + " (Connection refused)");
    }

    @Test
    void withoutPasswordVariableOrTerminalItSaysWhatToSet() {
        var run = CliRun.of(Map.of(), "db", "seed", "--jdbc-url", "jdbc:mysql://127.0.0.1:3306/pinterest_data");
        assertOneLineFailure(run);
        assertThat(run.err()).contains("set PINPIPE_DB_PASSWORD").doesNotContain("Seeding");
    }

    @Test
    void aPasswordInTheUrlIsNeverEchoed() throws IOException {
        var port = closedPort();
        var run = CliRun.of(Map.of(), "db", "seed", "--jdbc-url",
                "jdbc:mysql://127.0.0.1:" + port + "/pinterest_data?user=admin&password=" + PASSWORD + "&useSSL=false");
        assertOneLineFailure(run);
        assertThat(run.out()).contains("Seeding jdbc:mysql://127.0.0.1:" + port + "/pinterest_data?user=admin&useSSL=false with");
    }

    @Test
    void dbAloneListsItsSubcommands() {
        var run = CliRun.of(ENV, "db");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("seed");
    }

    private static void assertOneLineFailure(CliRun run) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.everything()).doesNotContain("Exception", "\tat ", PASSWORD);
    }

    private int closedPort() {
        return closed.port();
    }
}
