package io.pinpipe.consumers.view;

import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TimeLag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LagWordsTest {

    @Test
    void aCommittedOffsetPastTheEndReadsAsSuchNeverAsANegativeLag() {
        var pastEnd = new PartitionLag("t", 0, OptionalLong.of(50), OptionalLong.of(10), OptionalLong.of(0),
                OptionalLong.empty(), true, "", Optional.empty(), Optional.empty(), Optional.empty());
        var behind = new PartitionLag("t", 1, OptionalLong.of(2), OptionalLong.of(12_345), OptionalLong.of(0),
                OptionalLong.of(12_343), false, "", Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(LagWords.lag(pastEnd)).isEqualTo("past end");
        assertThat(LagWords.lag(behind)).isEqualTo("12,343");
        assertThat(LagWords.total(java.util.OptionalLong.of(0), 1)).isEqualTo("0 (1 partition past end)");
        assertThat(LagWords.total(java.util.OptionalLong.of(6), 2)).isEqualTo("6 (2 partitions past end)");
        assertThat(LagWords.shortTotal(java.util.OptionalLong.of(0), 1)).isEqualTo("0 ⚠");
        assertThat(LagWords.totalTooltip(java.util.OptionalLong.of(0), 1)).startsWith("0 (1 partition past end). ")
                .contains("beyond the log's end");
        assertThat(LagWords.totalTooltip(java.util.OptionalLong.of(6), 0)).isEmpty();
        assertThat(LagWords.total(java.util.OptionalLong.of(6), 0)).isEqualTo("6");
    }

    @Test
    void timeLagIsADurationInWordsAnEllipsisWhileReadAndUnknownWithItsReason() {
        assertThat(LagWords.time(TimeLag.of(Duration.ofSeconds(192)))).isEqualTo("3 min 12 s");
        assertThat(LagWords.time(TimeLag.of(Duration.ofMinutes(125)))).isEqualTo("2 h 5 min");
        assertThat(LagWords.time(TimeLag.CAUGHT_UP)).isEqualTo("0 s");
        assertThat(LagWords.time(TimeLag.unknown("not read yet"))).isEqualTo("…");
        assertThat(LagWords.timeWhy(TimeLag.unknown("not read yet"))).isEmpty();
        var deleted = TimeLag.unknown("the next message has been deleted");
        assertThat(LagWords.time(deleted)).isEqualTo("unknown");
        assertThat(LagWords.timeWhy(deleted)).isEqualTo("Unknown: the next message has been deleted.");
    }
}
