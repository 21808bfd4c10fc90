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

        assertThat(counters.throughput()).extracting(LiveCounters.Point::second).containsExactly(1.0, 2.0, 3.0);
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

    @Test
    void aRunShorterThanASecondEndsWithItsPointAndItsTime() {
        var counters = new LiveCounters();
        counters.show(events(1, 0), Duration.ofMillis(200), 1);

        counters.finish(events(2, 0), Duration.ofMillis(400), 2);

        assertThat(counters.throughput()).singleElement().satisfies(point -> {
            assertThat(point.second()).isCloseTo(0.4, within(0.001));
            assertThat(point.ackedPerSecond()).isCloseTo(15, within(0.1));
        });
        assertThat(LiveStatsView.clock(counters.elapsedProperty().get())).isEqualTo("0.4 s");
    }

    @Test
    void aSlowPaceReadsAsADecimalRateNotZero() {
        var counters = new LiveCounters();
        // The original pace: an event every two and a half seconds; the meter's last second is empty.
        for (var second = 1; second <= 20; second++) {
            counters.show(events(second * 2 / 5, 0), Duration.ofSeconds(second), second);
        }

        assertThat(counters.eventsPerSecondProperty().get()).isCloseTo(0.4, within(0.05));
        assertThat(CompactCount.rate(counters.eventsPerSecondProperty().get())).isEqualTo("0.4");
    }

    @Test
    void countsAboveAMillionAreAbbreviatedToThreeFigures() {
        assertThat(CompactCount.of(999_999)).isEqualTo("999,999");
        assertThat(CompactCount.of(1_132_456)).isEqualTo("1.13 M");
        assertThat(CompactCount.of(45_600_000)).isEqualTo("45.6 M");
        assertThat(CompactCount.of(999_600_000)).isEqualTo("1.00 B");
        assertThat(CompactCount.exact(1_132_456)).isEqualTo("1,132,456");
    }

    /** {@code events} events so far, their three records acknowledged, the meter's last second reading {@code rate}. */
    private static StatsSnapshot events(long events, double rate) {
        var records = 3 * events;
        return new StatsSnapshot(List.of(new TopicCounts("t.pin", records, records, records, 0, 0, Optional.empty())),
                events, rate);
    }

    private static StatsSnapshot acked(long records) {
        return new StatsSnapshot(List.of(new TopicCounts("t.pin", records, records, records, 0, 0, Optional.empty())),
                records / 3, 50);
    }
}
