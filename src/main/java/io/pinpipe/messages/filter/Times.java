package io.pinpipe.messages.filter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date-times a timestamp condition accepts: ISO with zone, local date-time or date, or a time ago ("-1h"). */
final class Times {

    private static final Pattern AGO = Pattern.compile("-\\s*(\\d{1,9})\\s*([smhdw])");

    private Times() {
    }

    static Optional<Instant> parse(String text, Clock clock) {
        String t = text.strip();
        Matcher ago = AGO.matcher(t);
        if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            Duration unit = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                case "d" -> Duration.ofDays(1);
                default -> Duration.ofDays(7);
            };
            return Optional.of(clock.instant().minus(unit.multipliedBy(n)));
        }
        try {
            return Optional.of(Instant.parse(t));
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).atZone(clock.getZone()).toInstant());
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(clock.getZone()).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
