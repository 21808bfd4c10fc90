package io.pinpipe.consumers.view;

import io.pinpipe.consumers.GroupException;
import io.pinpipe.consumers.ResetInputs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reset dialog's fields read as values: each check returns the value or the sentence shown next to the field.
 * The rules are {@link ResetInputs}', so the dialog and {@code pinpipe groups reset} accept the same text.
 */
public final class ResetInputChecks {

    /** What the duration field accepts, said next to it. */
    public static final String DURATION_FORMS = "Accepted: 1h 30m, 45m, 2 days, 90s, or ISO-8601 such as PT1H30M or P1D.";

    /** A value, or why the text is not one. */
    public record Checked<T>(Optional<T> value, String problem) {
        static <T> Checked<T> ok(T value) {
            return new Checked<>(Optional.of(value), "");
        }

        static <T> Checked<T> wrong(String problem) {
            return new Checked<>(Optional.empty(), problem);
        }

        public boolean ok() {
            return value.isPresent();
        }
    }

    private ResetInputChecks() {
    }

    /** "0,2" or "0, 2, 5"; empty means every partition. */
    public static Checked<List<Integer>> partitions(String text) {
        if (text == null || text.isBlank()) {
            return Checked.ok(List.of());
        }
        return read(() -> ResetInputs.partitions(text).stream().distinct().toList(),
                "Partitions are numbers separated by commas, e.g. 0,2");
    }

    public static Checked<Long> offset(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter the offset to move to, e.g. 1200.");
        }
        return read(() -> ResetInputs.offset(text), "Enter e.g. 1200");
    }

    public static Checked<Long> shift(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter how many messages to move: negative goes back, e.g. -100.");
        }
        var shift = read(() -> ResetInputs.number(text, "The shift"), "Negative goes back, e.g. -100");
        if (shift.value().filter(by -> by == 0).isPresent()) {
            return Checked.wrong("A shift by 0 changes nothing.");
        }
        return shift;
    }

    /** "1h 30m", "2 days", "PT1H30M", "P1D": a positive length of time. */
    public static Checked<Duration> duration(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter how long ago, e.g. 1h 30m. " + DURATION_FORMS);
        }
        return read(() -> ResetInputs.duration(text), "");
    }

    /** A date "2026-12-07" and a time "14:30" or "14:30:15" (empty: midnight), in the clock's zone; not in the future. */
    public static Checked<Instant> dateTime(String date, String time, Clock clock) {
        if (date == null || date.isBlank()) {
            return Checked.wrong("Enter a date as year-month-day, e.g. 2026-12-07, or pick one of the quick choices.");
        }
        var onDate = read(() -> ResetInputs.dateTime(date.strip(), clock.getZone(), clock), "");
        if (time == null || time.isBlank()) {
            return onDate;
        }
        var atTime = read(() -> ResetInputs.dateTime(date.strip() + "T" + time.strip(), clock.getZone(), clock), "");
        if (atTime.ok()) {
            return atTime;
        }
        if (!onDate.ok()) {
            return onDate; // the date is wrong (or wholly in the future), whatever the time
        }
        if (atTime.problem().contains("in the future")) {
            return atTime;
        }
        // The date alone reads, so the time is what is wrong: say so next to it.
        return Checked.wrong("'" + time.strip() + "' is not a time: write it as hours:minutes, e.g. 14:30.");
    }

    public static Checked<String> otherGroup(String text, String groupId) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter the id of the group to copy the offsets from.");
        }
        if (text.strip().equals(groupId)) {
            return Checked.wrong("That is this group: choose another one to copy from.");
        }
        return Checked.ok(text.strip());
    }

    private static <T> Checked<T> read(Supplier<T> reading, String advice) {
        try {
            return Checked.ok(reading.get());
        } catch (GroupException e) {
            return Checked.wrong(sentence(e.getMessage()) + (advice.isEmpty() ? "" : " " + sentence(advice)));
        }
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
