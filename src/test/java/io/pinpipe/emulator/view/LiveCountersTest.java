package io.pinpipe.emulator.view;

import io.pinpipe.emulator.StatsSnapshot;
import io.pinpipe.emulator.TopicCounts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiveCountersTest {

    @Test
    void aLateTickDrawsTheSteadyRateNotABurst() {
        var counters = new LiveCounters();
        // 150 records acknowledged a second, read about ten times a second; the read after 2 s comes 0.5 s late.
        for (var millis : List.of(100, 1_000, 1_100, 2_500, 2_600, 3_000)) {
            counters.show(acked(150L * millis / 1_000), Duration.ofMillis(millis), millis * 1_000_000L);
        }

        assertThat(counters.throughput()).extracting(LiveCounters.Point::second).containsExactly(1L, 2L, 3L);
        assertThat(counters.throughput()).allSatisfy(point ->
                assertThat(point.ackedPerSecond()).isCloseTo(150, within(0.5)));
    }

    @Test
    void aResetStartsTheNextRunsChartFromZero() {
        var counters = new LiveCounters();
        counters.show(acked(600), Duration.ofSeconds(4), 1);
        counters.reset();

        counters.show(acked(150), Duration.ofSeconds(1), 2);

        assertThat(counters.throughput()).singleElement()
                .satisfies(point -> assertThat(point.ackedPerSecond()).isCloseTo(150, within(0.5)));
    }

    private static StatsSnapshot acked(long records) {
        return new StatsSnapshot(List.of(new TopicCounts("t.pin", records, records, records, 0, 0, Optional.empty())),
                records / 3, 50);
    }
}
