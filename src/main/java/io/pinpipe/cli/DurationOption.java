package io.pinpipe.cli;

import io.pinpipe.emulator.Durations;
import picocli.CommandLine;

import java.time.Duration;

/** {@code 90s}, {@code 5m}, {@code 2h}, {@code 500ms}, or ISO-8601 such as {@code PT1M30S}. */
final class DurationOption implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
