package io.pinpipe.insights;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Text to a timestamp as Spark's {@code try_cast(... AS TIMESTAMP)} reads it with the session time zone UTC (the
 * export sets it): {@code 2020}, {@code 2020-8}, {@code 2020-08-28}, {@code 2020-08-28 03:52:47} or with {@code T}, minutes without seconds, a
 * fraction (kept to microseconds), and an optional {@code Z} or offset ({@code +01:00}), converted to UTC. Dates and
 * times are strict, as Spark's: {@code 2020-02-30} and {@code 24:00:00} are not a date and time (null), never
 * moved to the next valid one.
 */
final class SparkDateTime {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})"
            + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    private SparkDateTime() {
    }

    /** @return the UTC date and time, or null when Spark's cast gives null */
    static LocalDateTime parse(String text) {
        var matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            var time = LocalDateTime.of(number(matcher.group(1)), day(matcher.group(2)), day(matcher.group(3)),
                    number(matcher.group(4)), number(matcher.group(5)), number(matcher.group(6)), nanos(matcher.group(7)));
            var zone = matcher.group(8);
            if (zone == null || zone.equals("Z")) {
                return time;
            }
            return time.atOffset(ZoneOffset.of(zone)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month or day left out is the first, as Spark reads {@code 2020} and {@code 2020-05}. */
    private static int day(String digits) {
        return digits == null ? 1 : Integer.parseInt(digits);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** The fraction in nanoseconds, cut to microseconds as Spark keeps it. */
    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        var micros = (fraction + "00000000").substring(0, 6);
        return (int) ChronoUnit.MICROS.getDuration().toNanos() * Integer.parseInt(micros);
    }
}
