package io.pinpipe.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a person types for "where to start", read the same way by the pane and the command line:
 * {@code beginning}/{@code oldest}; {@code end}/{@code newest} (the newest {@code count}); {@code live}/{@code now};
 * an offset ({@code 1200}; {@code 0:100,1:250} per partition); a date-time ({@code 2026-12-07T10:15:00Z},
 * {@code 2026-12-07 10:15}, {@code 2026-12-07} in the local zone); or a time ago ({@code -1h}, {@code -30m},
 * {@code 1 hour ago}, {@code 2 days ago}).
 */
public final class StartPositions {

    private StartPositions() {
    }

    /** The accepted forms, for messages that refuse what was typed. */
    public static final String FORMS = "beginning, end, live, an offset (1200), offsets per partition (0:100,1:250), "
            + "a date-time (2026-12-07T10:15:00Z, 2026-12-07 10:15, 2026-12-07) or a time ago (-1h, -30m, 2 days ago)";

    private static final Pattern OFFSET = Pattern.compile("\\d{1,30}");
    private static final Pattern PER_PARTITION = Pattern.compile("\\d{1,9}\\s*:\\s*\\d{1,19}(\\s*,\\s*\\d{1,9}\\s*:\\s*\\d{1,19})*");
    private static final Pattern SHORT_AGO = Pattern.compile("-\\s*(\\d{1,9})\\s*(ms|s|m|h|d|w)");
    private static final Pattern WORDS_AGO = Pattern.compile(
            "(\\d{1,9})\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|s|m|h|d|w)\\s+ago");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-.*");

    /**
     * @param count what {@code end}/{@code newest} means (the page size)
     * @throws MessageException (INVALID_REQUEST) naming what was not understood and the accepted forms
     */
    public static StartPosition parse(String text, int count, Clock clock) {
        if (text == null || text.isBlank()) {
            throw MessageException.invalid("Say where to start: " + FORMS);
        }
        var typed = text.strip().toLowerCase(Locale.ROOT);
        switch (typed) {
            case "beginning", "oldest", "earliest", "start", "first":
                return new StartPosition.Oldest();
            case "end", "newest", "latest", "last":
                return new StartPosition.Newest(count);
            case "live", "now", "new":
                return new StartPosition.Live();
            default:
                break;
        }
        try {
            if (OFFSET.matcher(typed).matches()) {
                return StartPosition.AtOffset.of(Long.parseLong(typed));
            }
            if (PER_PARTITION.matcher(typed).matches()) {
                return perPartition(text.strip());
            }
        } catch (NumberFormatException e) {
            throw MessageException.invalid("'" + text.strip() + "' is too large for an offset");
        }
        var ago = ago(typed);
        if (ago != null) {
            return new StartPosition.AtTime(clock.instant().minus(ago));
        }
        if (DATE_LIKE.matcher(typed).matches()) {
            return new StartPosition.AtTime(dateTime(text.strip(), clock.getZone()));
        }
        throw MessageException.invalid("Could not read '" + text.strip() + "' as a start: use " + FORMS);
    }

    private static StartPosition perPartition(String text) {
        var offsets = new TreeMap<Integer, Long>();
        for (var part : text.split(",")) {
            var pair = part.split(":");
            int partition = Integer.parseInt(pair[0].strip());
            if (offsets.put(partition, Long.parseLong(pair[1].strip())) != null) {
                throw MessageException.invalid("Partition " + partition + " is named twice in '" + text + "'");
            }
        }
        return new StartPosition.AtOffset(OptionalLong.empty(), offsets);
    }

    private static Duration ago(String typed) {
        var shortForm = SHORT_AGO.matcher(typed);
        if (shortForm.matches()) {
            return duration(Long.parseLong(shortForm.group(1)), shortForm.group(2));
        }
        var words = WORDS_AGO.matcher(typed);
        if (words.matches()) {
            return duration(Long.parseLong(words.group(1)), words.group(2));
        }
        return null;
    }

    private static Duration duration(long amount, String unit) {
        if (unit.equals("ms")) {
            return Duration.ofMillis(amount);
        }
        return switch (unit.charAt(0)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }

    private static Instant dateTime(String text, ZoneId zone) {
        var normal = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(normal).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(normal).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(normal).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            throw MessageException.invalid("'" + text + "' is not a date-time: write it as 2026-12-07T10:15:00Z, "
                    + "2026-12-07 10:15 (local time, " + zone.getId() + ") or 2026-12-07");
        }
    }
}
