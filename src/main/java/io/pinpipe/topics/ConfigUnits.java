package io.pinpipe.topics;

import io.pinpipe.core.Units;

import java.util.Optional;

/**
 * A topic config's raw value in readable units: 604800000 for retention.ms is "7 days", -1 "unlimited"; -2 for the
 * tiered-storage local.retention.* means "same as" the topic's retention.
 */
public final class ConfigUnits {

    private ConfigUnits() {
    }

    public static Optional<String> readable(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (name.startsWith("local.retention.") && number == -2) {
            return Optional.of("same as " + name.substring("local.".length()));
        }
        if (number < -1) {
            return Optional.empty();
        }
        if (name.endsWith(".ms")) {
            return Optional.of(Units.millis(number));
        }
        if (name.endsWith(".bytes")) {
            return Optional.of(Units.bytes(number));
        }
        return Optional.empty();
    }
}
