package io.pinpipe.consumers;

import io.pinpipe.consumers.ResetTarget.ByDuration;
import io.pinpipe.consumers.ResetTarget.FromGroup;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line to copy: what the tool needs, quoted for a shell, and never a secret. */
class ResetCommandLineTest {

    @Test
    void aPlainConnectionNeedsNoCommandConfig() {
        assertThat(ResetCommandLine.of("b-1:9092", new Properties(), "reports", ResetScope.topic("orders"), new ToEarliest()))
                .isEqualTo("kafka-consumer-groups.sh --bootstrap-server b-1:9092 --group reports --reset-offsets"
                        + " --topic orders --to-earliest --dry-run");
    }

    @Test
    void aSecuredConnectionPointsAtAClientPropertiesFileAndNamesNoSecret() {
        var properties = new Properties();
        properties.setProperty("security.protocol", "SASL_SSL");
        properties.setProperty("sasl.jaas.config", "ScramLoginModule required username=\"u\" password=\"s3cret\";");

        var line = ResetCommandLine.of("b-1:9096", properties, "reports", ResetScope.allTopics(),
                new ToDateTime(Instant.parse("2026-03-01T10:15:30.123456Z")));

        assertThat(line).isEqualTo("kafka-consumer-groups.sh --bootstrap-server b-1:9096 --command-config client.properties"
                + " --group reports --reset-offsets --all-topics --to-datetime 2026-03-01T10:15:30.123Z --dry-run");
        assertThat(line).doesNotContain("s3cret", "jaas");
    }

    @Test
    void aCopiedPlanReadsTheFileItWasExportedTo() {
        var line = ResetCommandLine.of("b:9092", new Properties(), "reports", ResetScope.topic("orders"),
                new ResetTarget.FromGroup("other"));

        assertThat(line).endsWith(" --from-file reset-plan.csv --dry-run  # reset-plan.csv: this plan, exported as CSV");
        assertThat(ResetCommandLine.reading(line, "/tmp/my plan.csv"))
                .isEqualTo("kafka-consumer-groups.sh --bootstrap-server b:9092 --group reports --reset-offsets"
                        + " --from-file '/tmp/my plan.csv' --dry-run");
    }

    @Test
    void valuesAShellWouldSplitAreQuoted() {
        var line = ResetCommandLine.of("b:9092", new Properties(), "team's readers", new ResetScope(List.of(
                new ResetScope.TopicChoice("orders", List.of(0, 2)), new ResetScope.TopicChoice("users", List.of()))),
                new ByDuration(Duration.ofMinutes(90)));

        assertThat(line).isEqualTo("kafka-consumer-groups.sh --bootstrap-server b:9092 --group 'team'\\''s readers'"
                + " --reset-offsets --topic orders:0,2 --topic users --by-duration PT1H30M --dry-run");
        assertThat(ResetTestSupport.arguments(line, null)).contains("team's readers");
    }

    @Test
    void aCopyFromAnotherGroupIsReplayedFromTheExportedPlan() {
        assertThat(ResetCommandLine.of("b:9092", new Properties(), "g", ResetScope.topic("orders"), new FromGroup("h")))
                .isEqualTo("kafka-consumer-groups.sh --bootstrap-server b:9092 --group g --reset-offsets"
                        + " --from-file reset-plan.csv --dry-run  # reset-plan.csv: this plan, exported as CSV");
    }
}
