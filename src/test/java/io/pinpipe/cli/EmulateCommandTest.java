package io.pinpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** What a person sees when {@code pinpipe emulate} is given something it cannot use: one line, non-zero exit. */
class EmulateCommandTest {

    private static final Map<String, String> ENV = Map.of(PasswordSource.VARIABLE, "pw");
    private static final String[] BASE = {"emulate", "--source", "sandbox", "--bootstrap", "127.0.0.1:1"};

    @Test
    void anInvalidPrefixIsRefused() {
        var run = run("--topic-prefix", "bad prefix!");
        assertOneLine(run);
        assertThat(run.err()).contains("--topic-prefix: A topic prefix may only contain letters, digits, '.', '_' and '-', not a space, '!'");
    }

    @Test
    void aRateThatIsNotANumberIsRefused() {
        var run = run("--topic-prefix", "p", "--pace", "fast");
        assertOneLine(run);
        assertThat(run.err()).contains("--pace: Pace must be 'original', 'max' or events per second (e.g. 50), not 'fast'");
    }

    @Test
    void aZeroOrNegativeRateIsRefused() {
        var run = run("--topic-prefix", "p", "--pace", "0");
        assertOneLine(run);
        assertThat(run.err()).contains("A rate must be more than 0");
    }

    @Test
    void aZeroCountIsRefused() {
        var run = run("--topic-prefix", "p", "--count", "0");
        assertOneLine(run);
        assertThat(run.err()).contains("The count of events must be at least 1, not 0");
    }

    @Test
    void countAndDurationTogetherAreRefused() {
        var run = run("--topic-prefix", "p", "--count", "5", "--duration", "10s");
        assertOneLine(run);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void aDurationThatIsNotOneIsRefused() {
        var run = run("--topic-prefix", "p", "--duration", "soon");
        assertOneLine(run);
        assertThat(run.err()).contains("'soon' is not a duration (e.g. 30s, 5m, 1h)");
    }

    @Test
    void aSourceThatIsNeitherSandboxNorMySqlIsRefused() {
        var run = CliRun.of(ENV, "emulate", "--source", "jdbc:postgresql://db:5432/x", "--bootstrap", "127.0.0.1:1",
                "--topic-prefix", "p");
        assertOneLine(run);
        assertThat(run.err()).contains("--source: Not a MySQL or MariaDB URL: jdbc:postgresql://db:5432/x");
    }

    @Test
    void theTopicPrefixIsRequired() {
        var run = CliRun.of(ENV, BASE);
        assertOneLine(run);
        assertThat(run.err()).contains("Missing required option: '--topic-prefix=PREFIX'");
    }

    @Test
    void theRestSinkNeedsItsUrl() {
        var run = run("--topic-prefix", "p", "--sink", "rest");
        assertOneLine(run);
        assertThat(run.err()).contains("--sink rest needs --rest-url URL");
    }

    @Test
    void aRestUrlThatIsNotHttpIsRefused() {
        var run = run("--topic-prefix", "p", "--sink", "rest", "--rest-url", "ftp://proxy/x");
        assertOneLine(run);
        assertThat(run.err()).contains("--rest-url: The REST proxy URL must start with http:// or https://, not 'ftp://proxy/x'");
    }

    @Test
    void topicsAreNotCreatedThroughTheRestProxy() {
        var run = run("--topic-prefix", "p", "--sink", "rest", "--rest-url", "http://proxy/x", "--create-topics");
        assertOneLine(run);
        assertThat(run.err()).contains("--create-topics works with --sink kafka only");
    }

    @Test
    void anUnknownSinkIsRefused() {
        var run = run("--topic-prefix", "p", "--sink", "kinesis");
        assertOneLine(run);
        assertThat(run.err()).contains("--sink must be 'kafka' or 'rest', not 'kinesis'");
    }

    private static CliRun run(String... more) {
        var args = new String[BASE.length + more.length];
        System.arraycopy(BASE, 0, args, 0, BASE.length);
        System.arraycopy(more, 0, args, BASE.length, more.length);
        return CliRun.of(ENV, args);
    }

    private static void assertOneLine(CliRun run) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("pinpipe: ").doesNotContain("Exception\n\tat ");
        assertThat(run.out()).isEmpty();
    }
}
