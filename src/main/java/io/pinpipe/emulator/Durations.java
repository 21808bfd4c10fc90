package io.pinpipe.emulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 90s}, {@code 5m}, {@code 2h}, {@code 500ms}, or ISO-8601 such as {@code PT1M30S}. */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException with a sentence for anything else */
    public static Duration parse(String value) {
        var text = value.strip().toLowerCase(Locale.ROOT);
        var matcher = SHORT.matcher(text);
        try {
            if (matcher.matches()) {
                var amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration (e.g. 30s, 5m, 1h)");
        }
    }
}
