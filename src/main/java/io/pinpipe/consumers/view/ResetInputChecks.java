package io.pinpipe.consumers.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The reset dialog's fields read as values: each check returns the value or the sentence shown next to the field.
 * Plain functions, so the forms a person may type are tested without a window.
 */
public final class ResetInputChecks {

    /** What the duration field accepts, said next to it. */
    public static final String DURATION_FORMS = "Accepted: 1h 30m, 45m, 2d, 90s, or ISO-8601 such as PT1H30M or P1D.";

    private static final Pattern HUMAN_PART = Pattern.compile("(\\d+)\\s*(d|h|m|s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HUMAN_WHOLE = Pattern.compile("(\\s*\\d+\\s*[dhms]\\s*)+", Pattern.CASE_INSENSITIVE);

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
        var found = new ArrayList<Integer>();
        for (var part : text.split(",")) {
            var piece = part.strip();
            try {
                var number = Integer.parseInt(piece);
                if (number < 0) {
                    return Checked.wrong("Partition numbers start at 0: '" + piece + "' is not one.");
                }
                if (!found.contains(number)) {
                    found.add(number);
                }
            } catch (NumberFormatException e) {
                return Checked.wrong("Partitions are numbers separated by commas, e.g. 0,2: '" + piece + "' is not a number.");
            }
        }
        return Checked.ok(List.copyOf(found));
    }

    public static Checked<Long> offset(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter the offset to move to, e.g. 1200.");
        }
        var number = wholeNumber(text);
        if (number.isEmpty()) {
            return Checked.wrong("'" + text.strip() + "' is not a number: the offset is a whole number, e.g. 1200.");
        }
        if (number.getAsLong() < 0) {
            return Checked.wrong("An offset cannot be negative.");
        }
        return Checked.ok(number.getAsLong());
    }

    public static Checked<Long> shift(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter how many messages to move: negative goes back, e.g. -100.");
        }
        var number = wholeNumber(text);
        if (number.isEmpty()) {
            return Checked.wrong("'" + text.strip() + "' is not a number: enter a whole number, negative to go back.");
        }
        if (number.getAsLong() == 0) {
            return Checked.wrong("A shift by 0 changes nothing.");
        }
        return Checked.ok(number.getAsLong());
    }

    /** "1h 30m", "2d", "PT1H30M", "P1D": a positive length of time. */
    public static Checked<Duration> duration(String text) {
        if (text == null || text.isBlank()) {
            return Checked.wrong("Enter how long ago, e.g. 1h 30m. " + DURATION_FORMS);
        }
        var typed = text.strip();
        Duration duration;
        if (typed.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                duration = Duration.parse(typed.toUpperCase(java.util.Locale.ROOT));
            } catch (DateTimeParseException e) {
                return Checked.wrong("'" + typed + "' is not a duration. " + DURATION_FORMS);
            }
        } else if (HUMAN_WHOLE.matcher(typed).matches()) {
            duration = Duration.ZERO;
            var parts = HUMAN_PART.matcher(typed);
            while (parts.find()) {
                var amount = Long.parseLong(parts.group(1));
                duration = duration.plus(switch (parts.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofSeconds(amount);
                });
            }
        } else {
            return Checked.wrong("'" + typed + "' is not a duration. " + DURATION_FORMS);
        }
        if (duration.isNegative() || duration.isZero()) {
            return Checked.wrong("The duration must be longer than zero.");
        }
        return Checked.ok(duration);
    }

    /** A date "2026-12-07" and a time "14:30" or "14:30:15" (empty: midnight), in the clock's zone; not in the future. */
    public static Checked<Instant> dateTime(String date, String time, Clock clock) {
        if (date == null || date.isBlank()) {
            return Checked.wrong("Enter a date as year-month-day, e.g. 2026-12-07, or pick one of the quick choices.");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return Checked.wrong("'" + date.strip() + "' is not a date: write it as year-month-day, e.g. 2026-12-07.");
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (time != null && !time.isBlank()) {
            try {
                at = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                return Checked.wrong("'" + time.strip() + "' is not a time: write it as hours:minutes, e.g. 14:30.");
            }
        }
        var instant = ZonedDateTime.of(day, at, clock.getZone()).toInstant();
        if (instant.isAfter(clock.instant())) {
            return Checked.wrong("That is in the future: no message has been written then yet.");
        }
        return Checked.ok(instant);
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

    private static OptionalLong wholeNumber(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.strip().replace("_", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
