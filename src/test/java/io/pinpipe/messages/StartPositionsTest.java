package io.pinpipe.messages;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person types for "where to start", read the same way everywhere. */
class StartPositionsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Tirane"));

    @Test
    void wordsNameTheEnds() {
        assertThat(parse("beginning")).isEqualTo(new StartPosition.Oldest());
        assertThat(parse("Oldest")).isEqualTo(new StartPosition.Oldest());
        assertThat(parse("end")).isEqualTo(new StartPosition.Newest(100));
        assertThat(parse("newest")).isEqualTo(new StartPosition.Newest(100));
        assertThat(parse(" live ")).isEqualTo(new StartPosition.Live());
        assertThat(parse("now")).isEqualTo(new StartPosition.Live());
    }

    @Test
    void offsetsForAllOrPerPartition() {
        assertThat(parse("1200")).isEqualTo(StartPosition.AtOffset.of(1200));
        assertThat(parse("0:100, 1:250")).isEqualTo(new StartPosition.AtOffset(OptionalLong.empty(), Map.of(0, 100L, 1, 250L)));
        assertThatThrownBy(() -> parse("0:1,0:2")).hasMessageContaining("Partition 0 is named twice");
        assertThatThrownBy(() -> parse("99999999999999999999")).hasMessageContaining("too large");
    }

    @Test
    void dateTimesWithAZoneOrInTheLocalZone() {
        assertThat(parse("2026-12-07T10:15:00Z")).isEqualTo(at("2026-12-07T10:15:00Z"));
        assertThat(parse("2026-12-07T10:15:00+02:00")).isEqualTo(at("2026-12-07T08:15:00Z"));
        assertThat(parse("2026-12-07 10:15")).isEqualTo(at("2026-12-07T09:15:00Z"));
        assertThat(parse("2026-12-07T10:15:30.5")).isEqualTo(at("2026-12-07T09:15:30.5Z"));
        assertThat(parse("2026-12-07")).isEqualTo(at("2026-12-06T23:00:00Z"));
    }

    @Test
    void timesAgo() {
        assertThat(parse("-1h")).isEqualTo(new StartPosition.AtTime(NOW.minus(Duration.ofHours(1))));
        assertThat(parse("-30m")).isEqualTo(new StartPosition.AtTime(NOW.minus(Duration.ofMinutes(30))));
        assertThat(parse("-45s")).isEqualTo(new StartPosition.AtTime(NOW.minusSeconds(45)));
        assertThat(parse("1 hour ago")).isEqualTo(new StartPosition.AtTime(NOW.minus(Duration.ofHours(1))));
        assertThat(parse("2 days ago")).isEqualTo(new StartPosition.AtTime(NOW.minus(Duration.ofDays(2))));
        assertThat(parse("15 minutes ago")).isEqualTo(new StartPosition.AtTime(NOW.minus(Duration.ofMinutes(15))));
    }

    @Test
    void whatIsNotUnderstoodIsRefusedWithTheFormsNamed() {
        assertThatThrownBy(() -> parse("yesterday"))
                .isInstanceOf(MessageException.class)
                .hasMessage("Could not read 'yesterday' as a start: use " + StartPositions.FORMS);
        assertThatThrownBy(() -> parse("-5")).hasMessageStartingWith("Could not read '-5' as a start");
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("Say where to start");
        assertThatThrownBy(() -> parse("2026-13-45 10:00"))
                .isInstanceOf(MessageException.class)
                .hasMessage("'2026-13-45 10:00' is not a date-time: write it as 2026-12-07T10:15:00Z, "
                        + "2026-12-07 10:15 (local time, Europe/Tirane) or 2026-12-07")
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.INVALID_REQUEST);
    }

    private static StartPosition parse(String text) {
        return StartPositions.parse(text, 100, CLOCK);
    }

    private static StartPosition at(String instant) {
        return new StartPosition.AtTime(Instant.parse(instant));
    }
}
