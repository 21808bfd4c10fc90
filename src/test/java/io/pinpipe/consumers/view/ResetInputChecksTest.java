package io.pinpipe.consumers.view;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person may type in the reset dialog's fields, and the sentence when it cannot be read. */
class ResetInputChecksTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    @Test
    void durationsAreReadInBothTheShortAndTheIsoForm() {
        assertThat(ResetInputChecks.duration("1h 30m").value()).contains(Duration.ofMinutes(90));
        assertThat(ResetInputChecks.duration("1h30m").value()).contains(Duration.ofMinutes(90));
        assertThat(ResetInputChecks.duration("2d").value()).contains(Duration.ofDays(2));
        assertThat(ResetInputChecks.duration("90s").value()).contains(Duration.ofSeconds(90));
        assertThat(ResetInputChecks.duration("2 days").value()).contains(Duration.ofDays(2));
        assertThat(ResetInputChecks.duration("PT1H").value()).contains(Duration.ofHours(1));
        assertThat(ResetInputChecks.duration("p1d").value()).contains(Duration.ofDays(1));
        assertThat(ResetInputChecks.duration("an hour").problem()).contains("is not a duration").contains("PT1H");
        assertThat(ResetInputChecks.duration("0m").problem()).contains("longer than zero");
        assertThat(ResetInputChecks.duration("PT-1H").problem()).contains("longer than zero");
    }

    @Test
    void offsetsAndShiftsAreWholeNumbers() {
        assertThat(ResetInputChecks.offset("1200").value()).contains(1200L);
        assertThat(ResetInputChecks.offset("12x").problem())
                .isEqualTo("The offset '12x' is not a whole number. Enter e.g. 1200.");
        assertThat(ResetInputChecks.offset("-1").problem()).contains("must not be negative");
        assertThat(ResetInputChecks.shift("-100").value()).contains(-100L);
        assertThat(ResetInputChecks.shift("0").problem()).contains("changes nothing");
        assertThat(ResetInputChecks.shift("back").problem()).contains("is not a whole number");
    }

    @Test
    void partitionsAreNumbersSeparatedByCommasAndEmptyMeansAll() {
        assertThat(ResetInputChecks.partitions("").value()).contains(List.of());
        assertThat(ResetInputChecks.partitions("0, 2,2").value()).contains(List.of(0, 2));
        assertThat(ResetInputChecks.partitions("0,a").problem()).contains("'a' is not a partition number");
        assertThat(ResetInputChecks.partitions("-1").problem()).contains("'-1' is not a partition number");
    }

    @Test
    void aDateTimeIsReadInTheClocksZoneAndMayNotBeInTheFuture() {
        assertThat(ResetInputChecks.dateTime("2026-12-07", "12:30", NOON).value())
                .contains(Instant.parse("2026-12-07T11:30:00Z"));
        assertThat(ResetInputChecks.dateTime("2026-12-07", "", NOON).value())
                .contains(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(ResetInputChecks.dateTime("2026-12-07", "13:30", NOON).problem()).contains("in the future");
        assertThat(ResetInputChecks.dateTime("07.12.2026", "", NOON).problem()).contains("is not a date");
        assertThat(ResetInputChecks.dateTime("2026-12-07", "half past", NOON).problem()).contains("'half past' is not a time");
        assertThat(ResetInputChecks.dateTime("07.12.2026", "12:30", NOON).problem()).as("the date is named first")
                .contains("is not a date");
        assertThat(ResetInputChecks.dateTime("2026-12-07", "25:00", NOON).problem()).contains("'25:00' is not a time");
        assertThat(ResetInputChecks.dateTime("2026-12-07", "11:30Z", NOON).ok()).as("read by ResetInputs, as the CLI")
                .isTrue();
    }

    @Test
    void theOtherGroupMustBeAnother() {
        assertThat(ResetInputChecks.otherGroup(" billing ", "orders").value()).contains("billing");
        assertThat(ResetInputChecks.otherGroup("orders", "orders").problem()).contains("this group");
    }
}
