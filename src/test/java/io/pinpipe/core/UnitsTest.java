package io.pinpipe.core;

import io.pinpipe.topics.ConfigUnits;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTest {

    @Test
    void durationsAreSingularForExactlyOne() {
        assertThat(Units.millis(86_400_000)).isEqualTo("1 day");
        assertThat(Units.millis(604_800_000)).isEqualTo("7 days");
        assertThat(Units.millis(129_600_000)).isEqualTo("1.5 days");
        assertThat(Units.millis(3_600_000)).isEqualTo("1 hour");
        assertThat(Units.millis(60_000)).isEqualTo("1 minute");
        assertThat(Units.millis(30_000)).isEqualTo("30 seconds");
        assertThat(Units.millis(1)).isEqualTo("1 millisecond");
        assertThat(Units.millis(-1)).isEqualTo("unlimited");
    }

    @Test
    void sizesAreInBinaryUnits() {
        assertThat(Units.bytes(1_073_741_824)).isEqualTo("1 GiB");
        assertThat(Units.bytes(1_048_588)).isEqualTo("1 MiB");
        assertThat(Units.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Units.bytes(1)).isEqualTo("1 byte");
        assertThat(Units.bytes(-1)).isEqualTo("unlimited");
    }

    @Test
    void topicConfigsOfTimesAndSizesGetWords() {
        assertThat(ConfigUnits.readable("retention.ms", "604800000")).contains("7 days");
        assertThat(ConfigUnits.readable("segment.bytes", "1073741824")).contains("1 GiB");
        assertThat(ConfigUnits.readable("retention.bytes", "-1")).contains("unlimited");
        assertThat(ConfigUnits.readable("local.retention.ms", "-2")).contains("same as retention.ms");
        assertThat(ConfigUnits.readable("cleanup.policy", "delete")).isEqualTo(Optional.empty());
        assertThat(ConfigUnits.readable("min.insync.replicas", "2")).isEqualTo(Optional.empty());
    }
}
