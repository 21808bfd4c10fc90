package io.pinpipe.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The engine's small parts: sampling, pacing, limits, JSON, counters and the live buffer. */
class EmulatorPartsTest {

    @Test
    void theSameSeedSamplesTheSameIdsInsideTheTable() {
        var first = new IdSampler(100, 11_000);
        var second = new IdSampler(100, 11_000);
        for (int i = 0; i < 1_000; i++) {
            var id = first.next();
            assertThat(id).isEqualTo(second.next()).isBetween(0, 10_999);
        }
        assertThatThrownBy(() -> new IdSampler(1, 0)).hasMessage("Cannot sample ids from 0 rows");
    }

    @Test
    void paceIsParsedFromWhatAPersonTypes() {
        assertThat(Pacing.parse("original", 1)).isInstanceOf(Pacing.Original.class);
        assertThat(Pacing.parse(" MAX ", 1)).isEqualTo(new Pacing.Max());
        assertThat(Pacing.parse("2.5", 1)).isEqualTo(new Pacing.Rate(2.5));
        assertThatThrownBy(() -> Pacing.parse("-3", 1)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> Pacing.parse("NaN", 1)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> Pacing.parse("soon", 1)).hasMessageContaining("not 'soon'");
    }

    @Test
    void aRateIsAScheduleFromTheStartAndTheOriginalPausesUpToTwoSeconds() {
        var rate = new Pacing.Rate(4);
        assertThat(rate.dueNanos(0, 0)).isZero();
        assertThat(rate.dueNanos(6, 0)).isEqualTo(1_500_000_000L);
        var original = new Pacing.Original(100);
        long due = 0;
        for (int i = 0; i < 100; i++) {
            var next = original.dueNanos(i, due);
            assertThat(next - due).isBetween(0L, Pacing.Original.MAX_PAUSE_NANOS);
            due = next;
        }
    }

    @Test
    void limitsEndByCountOrByTimeOrNever() {
        assertThat(new Limit.Count(3).reached(2, Duration.ofHours(1))).isFalse();
        assertThat(new Limit.Count(3).reached(3, Duration.ZERO)).isTrue();
        assertThat(new Limit.Within(Duration.ofSeconds(5)).reached(1_000_000, Duration.ofSeconds(4))).isFalse();
        assertThat(new Limit.Within(Duration.ofSeconds(5)).reached(0, Duration.ofSeconds(5))).isTrue();
        assertThat(new Limit.None().reached(Long.MAX_VALUE, Duration.ofDays(9))).isFalse();
        assertThatThrownBy(() -> new Limit.Within(Duration.ZERO)).hasMessageContaining("must be positive");
    }

    @Test
    void datetimesAreIsoByDefaultOrWithASpaceLikeTheOriginal() {
        var row = new LinkedHashMap<String, Object>();
        row.put("ind", 7);
        row.put("timestamp", LocalDateTime.of(2020, 8, 28, 3, 52, 0));
        row.put("latitude", -71.6);
        assertThat(new RowJson(DateTimeStyle.ISO).write(row)).isEqualTo("{\"ind\":7,\"timestamp\":\"2020-08-28T03:52:00\",\"latitude\":-71.6}");
        assertThat(new RowJson(DateTimeStyle.ORIGINAL).write(row)).isEqualTo("{\"ind\":7,\"timestamp\":\"2020-08-28 03:52:00\",\"latitude\":-71.6}");
    }

    @Test
    void countersAccountPerTopicAndMissingIdsApart() {
        var clock = new AtomicLong();
        var stats = new EmulatorStats("p", clock::get);
        var full = new EmulatorEvent(1, Map.of(SourceTable.PIN, Map.of(), SourceTable.GEO, Map.of(), SourceTable.USER, Map.of()));
        var noUser = new EmulatorEvent(2, Map.of(SourceTable.PIN, Map.of(), SourceTable.GEO, Map.of()));
        stats.sampled(full);
        stats.sampled(noUser);
        stats.acked(SourceTable.PIN);
        stats.failed(SourceTable.PIN, "broker gone");
        clock.set(1_050_000_000L);

        var snapshot = stats.snapshot();
        assertThat(snapshot.events()).isEqualTo(2);
        assertThat(snapshot.sampled()).isEqualTo(5);
        assertThat(snapshot.missing()).isEqualTo(1);
        assertThat(snapshot.topic(SourceTable.USER)).isEqualTo(new TopicCounts("p.user", 1, 0, 0, 0, 1, java.util.Optional.empty()));
        assertThat(snapshot.topic(SourceTable.PIN).lastFailure()).hasValue("broker gone");
        assertThat(snapshot.topic(SourceTable.PIN).inFlight()).isZero();
        assertThat(snapshot.eventsPerSecond()).isEqualTo(2.0);
        clock.set(3_000_000_000L);
        assertThat(stats.snapshot().eventsPerSecond()).isZero();
    }

    @Test
    void theLiveBufferKeepsTheNewestEventsWhenNobodyDrainsIt() {
        var buffer = new EventBuffer(3);
        for (int id = 0; id < 5; id++) {
            buffer.sampled(new EmulatorEvent(id, Map.of()));
        }
        assertThat(buffer.drain()).extracting(EmulatorEvent::id).containsExactly(2, 3, 4);
        assertThat(buffer.drain()).isEmpty();
    }
}
