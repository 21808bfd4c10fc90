package io.pinpipe.consumers;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person types for a reset: the forms Kafka's tool takes, friendlier ones, and a sentence for the rest. */
class ResetInputsTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void durationsInIsoAndInWords() {
        assertThat(ResetInputs.duration("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(ResetInputs.duration("p1dt2h")).isEqualTo(Duration.ofHours(26));
        assertThat(ResetInputs.duration("1h 30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ResetInputs.duration("2 days")).isEqualTo(Duration.ofDays(2));
        assertThat(ResetInputs.duration("30min")).isEqualTo(Duration.ofMinutes(30));
        assertThat(ResetInputs.duration("45s")).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aDurationThatIsNotOneSaysWhichFormsWork() {
        assertThatThrownBy(() -> ResetInputs.duration("an hour")).isInstanceOf(GroupException.class)
                .hasMessage("'an hour' is not a duration: use ISO-8601 such as PT1H, or 1h 30m");
        assertThatThrownBy(() -> ResetInputs.duration("1h banana")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> ResetInputs.duration("PT0S")).hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> ResetInputs.duration(" ")).hasMessageContaining("Enter a duration");
    }

    @Test
    void dateTimesInTheLocalZoneOrTheirOwn() {
        assertThat(ResetInputs.dateTime("2026-12-07T10:15:00", BERLIN, NOON)).isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(ResetInputs.dateTime("2026-12-07T10:15:00Z", BERLIN, NOON)).isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(ResetInputs.dateTime("2026-12-07T10:15:00.500+02:00", BERLIN, NOON))
                .isEqualTo(Instant.parse("2026-12-07T08:15:00.500Z"));
        assertThat(ResetInputs.dateTime("2026-12-06", BERLIN, NOON)).isEqualTo(Instant.parse("2026-12-05T23:00:00Z"));
    }

    @Test
    void aFutureOrUnreadableDateTimeIsRefused() {
        assertThatThrownBy(() -> ResetInputs.dateTime("2026-12-07T12:00:01Z", BERLIN, NOON))
                .hasMessage("The date-time 2026-12-07T12:00:01Z is in the future: no offset is there yet")
                .extracting(e -> ((GroupException) e).reason()).isEqualTo(GroupException.Reason.INVALID_REQUEST);
        assertThatThrownBy(() -> ResetInputs.dateTime("yesterday", BERLIN, NOON)).hasMessageContaining("is not a date-time");
    }

    @Test
    void offsetsAndShifts() {
        assertThat(ResetInputs.offset(" 42 ")).isEqualTo(42);
        assertThat(ResetInputs.number("-5", "The shift")).isEqualTo(-5);
        assertThat(ResetInputs.number("+5", "The shift")).isEqualTo(5);
        assertThatThrownBy(() -> ResetInputs.offset("abc")).hasMessage("The offset 'abc' is not a whole number");
        assertThatThrownBy(() -> ResetInputs.offset("-1")).hasMessage("The offset must not be negative, not -1");
    }

    @Test
    void topicsWithOrWithoutPartitions() {
        assertThat(ResetInputs.topic("orders")).isEqualTo(new ResetScope.TopicChoice("orders", List.of()));
        assertThat(ResetInputs.topic("orders:0, 2")).isEqualTo(new ResetScope.TopicChoice("orders", List.of(0, 2)));
        assertThatThrownBy(() -> ResetInputs.topic("orders:x")).hasMessage("'x' is not a partition number");
        assertThatThrownBy(() -> ResetInputs.topic(":1")).hasMessage("':1' names no topic: use TOPIC or TOPIC:0,1");
    }
}
