package io.pinpipe.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicConfigRulesTest {

    @Test
    void knowsTheCommonKeysAndTheThrottles() {
        assertThat(TopicConfigRules.keys()).contains("retention.ms", "cleanup.policy", "min.insync.replicas",
                "compression.type", "segment.bytes", "leader.replication.throttled.replicas");
    }

    @Test
    void goodValuesPass() {
        assertThat(TopicConfigRules.problem("retention.ms", "-1")).isEmpty();
        assertThat(TopicConfigRules.problem("retention.ms", "604800000")).isEmpty();
        assertThat(TopicConfigRules.problem("cleanup.policy", "compact,delete")).isEmpty();
        assertThat(TopicConfigRules.problem("compression.type", "zstd")).isEmpty();
        assertThat(TopicConfigRules.problem("min.insync.replicas", "2")).isEmpty();
        assertThat(TopicConfigRules.problem("unclean.leader.election.enable", "true")).isEmpty();
        assertThat(TopicConfigRules.problem("min.cleanable.dirty.ratio", "0.5")).isEmpty();
        assertThat(TopicConfigRules.problem("retention.ms", "")).as("empty reverts to the default").isEmpty();
    }

    @Test
    void typosGetASuggestion() {
        assertThat(TopicConfigRules.problem("retention.msx", "1"))
                .contains("Unknown topic config 'retention.msx': did you mean 'retention.ms'?");
        assertThat(TopicConfigRules.problem("Cleanup.Policy", "delete"))
                .contains("Unknown topic config 'Cleanup.Policy': did you mean 'cleanup.policy'?");
        assertThat(TopicConfigRules.problem("colour", "blue")).contains("Unknown topic config 'colour'");
    }

    @Test
    void badValuesSayWhatIsExpected() {
        assertThat(TopicConfigRules.problem("segment.bytes", "1GB"))
                .contains("Config segment.bytes must be a whole number of bytes, not '1GB'");
        assertThat(TopicConfigRules.problem("min.insync.replicas", "0"))
                .contains("Config min.insync.replicas must be at least 1, not 0");
        assertThat(TopicConfigRules.problem("retention.ms", "-2"))
                .contains("Config retention.ms must be at least -1, not -2");
        assertThat(TopicConfigRules.problem("compression.type", "brotli"))
                .contains("Config compression.type must be one of gzip, lz4, producer, snappy, uncompressed, zstd, not 'brotli'");
        assertThat(TopicConfigRules.problem("preallocate", "yes"))
                .contains("Config preallocate must be true or false, not 'yes'");
        assertThat(TopicConfigRules.problem("min.cleanable.dirty.ratio", "2"))
                .contains("Config min.cleanable.dirty.ratio must be between 0 and 1, not 2");
    }

    @Test
    void aCreateRequestCollectsErrorsAndWarnings() {
        var check = RequestCheck.of(NewTopicRequest.named("t").withPartitions(0).withReplicationFactor(2)
                .withConfig("min.insync.replicas", "3"), 3, java.util.List.of());

        assertThat(check.errors()).containsExactly("A topic needs at least 1 partition, not 0");
        assertThat(check.warnings()).containsExactly(
                "min.insync.replicas 3 is more than the replication factor 2: producers using acks=all will be refused");
        assertThat(RequestCheck.of(NewTopicRequest.named("t").withReplicationFactor(4), 3, java.util.List.of()).errors())
                .containsExactly("Replication factor 4 is larger than the 3 brokers of the cluster: "
                        + "each replica needs a broker of its own");
    }
}
