package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person types for a reset, read into the reset's terms: the command line and the reset dialog use the same
 * rules, and each failure is a {@link GroupException} ({@link Reason#INVALID_REQUEST}) whose message can stand next
 * to the field.
 */
public final class ResetInputs {

    private static final Pattern FRIENDLY_DURATION =
            Pattern.compile("(?i)\\s*(\\d+)\\s*(days?|d|hours?|h|minutes?|mins?|m|seconds?|secs?|s)\\s*");

    private ResetInputs() {
    }

    /** "PT1H", "P1DT2H" (ISO-8601, as Kafka's tool takes), or "1h 30m", "2 days", "45s"; positive. */
    public static Duration duration(String text) {
        var trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw invalid("Enter a duration such as PT1H or 1h 30m");
        }
        Duration parsed;
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                parsed = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid("'" + trimmed + "' is not a duration: use ISO-8601 such as PT1H, or 1h 30m");
            }
        } else {
            parsed = friendly(trimmed);
        }
        if (parsed.isZero() || parsed.isNegative()) {
            throw invalid("The duration must be longer than zero, not '" + trimmed + "'");
        }
        return parsed;
    }

    /**
     * An instant at or before now: "2026-12-07T10:15:00" (the local zone), "...Z" or "...+01:00", or a date alone
     * (its midnight, local). A future instant is refused: no committed offset can be there yet.
     */
    public static Instant dateTime(String text, ZoneId zone, Clock clock) {
        var trimmed = text.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException offsetMissing) {
            try {
                at = LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    at = LocalDate.parse(trimmed).atStartOfDay(zone).toInstant();
                } catch (DateTimeException notADate) {
                    throw invalid("'" + trimmed + "' is not a date-time: use 2026-12-07T10:15:00, with Z or +01:00 "
                            + "for another zone than this computer's");
                }
            }
        }
        if (at.isAfter(clock.instant())) {
            throw invalid("The date-time " + trimmed + " is in the future: no offset is there yet");
        }
        return at;
    }

    /** A whole number of messages or an offset; {@code what} names it in the message ("The offset"). */
    public static long number(String text, String what) {
        var trimmed = text.strip();
        try {
            return Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        } catch (NumberFormatException e) {
            throw invalid(what + " '" + trimmed + "' is not a whole number");
        }
    }

    /** An offset to reset to: a whole number, not negative. */
    public static long offset(String text) {
        var offset = number(text, "The offset");
        if (offset < 0) {
            throw invalid("The offset must not be negative, not " + offset);
        }
        return offset;
    }

    /** "orders" (every partition) or "orders:0,2" as Kafka's tool takes {@code --topic}. */
    public static ResetScope.TopicChoice topic(String text) {
        var trimmed = text.strip();
        var colon = trimmed.lastIndexOf(':');
        if (colon < 0) {
            return new ResetScope.TopicChoice(requireName(trimmed, text), List.of());
        }
        return new ResetScope.TopicChoice(requireName(trimmed.substring(0, colon), text),
                partitions(trimmed.substring(colon + 1)));
    }

    /** "0,2, 5" as partition numbers; empty text means every partition. */
    public static List<Integer> partitions(String text) {
        var numbers = new ArrayList<Integer>();
        for (var part : text.split(",")) {
            var trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                var partition = Integer.parseInt(trimmed);
                if (partition < 0) {
                    throw new NumberFormatException();
                }
                numbers.add(partition);
            } catch (NumberFormatException e) {
                throw invalid("'" + trimmed + "' is not a partition number");
            }
        }
        return List.copyOf(numbers);
    }

    private static String requireName(String name, String text) {
        if (name.isBlank()) {
            throw invalid("'" + text.strip() + "' names no topic: use TOPIC or TOPIC:0,1");
        }
        return name;
    }

    private static Duration friendly(String text) {
        var matcher = FRIENDLY_DURATION.matcher(text);
        var total = Duration.ZERO;
        var end = 0;
        while (matcher.find() && matcher.start() == end) {
            var amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (Character.toLowerCase(matcher.group(2).charAt(0))) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            });
            end = matcher.end();
        }
        if (end != text.length() || end == 0) {
            throw invalid("'" + text + "' is not a duration: use ISO-8601 such as PT1H, or 1h 30m");
        }
        return total;
    }

    private static GroupException invalid(String message) {
        return new GroupException(Reason.INVALID_REQUEST, message);
    }
}
