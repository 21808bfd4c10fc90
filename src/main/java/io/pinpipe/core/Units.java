package io.pinpipe.core;

import java.util.Locale;

/** Durations and sizes in words a person reads at a glance: "1 day", "7 days", "1.5 hours", "1 GiB". */
public final class Units {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String[] SIZES = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Units() {
    }

    /** A number of milliseconds in its largest whole-ish unit; Kafka's -1 (and Long.MAX_VALUE) is "unlimited". */
    public static String millis(long millis) {
        if (millis == -1 || millis == Long.MAX_VALUE) {
            return "unlimited";
        }
        if (millis >= DAY) {
            return count(millis / (double) DAY, "day", "days");
        }
        if (millis >= HOUR) {
            return count(millis / (double) HOUR, "hour", "hours");
        }
        if (millis >= MINUTE) {
            return count(millis / (double) MINUTE, "minute", "minutes");
        }
        if (millis >= SECOND) {
            return count(millis / (double) SECOND, "second", "seconds");
        }
        return count(millis, "millisecond", "milliseconds");
    }

    /** A number of bytes in binary units (1 GiB = 1024 MiB); Kafka's -1 (and Long.MAX_VALUE) is "unlimited". */
    public static String bytes(long bytes) {
        if (bytes == -1 || bytes == Long.MAX_VALUE) {
            return "unlimited";
        }
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < SIZES.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? count(bytes, "byte", "bytes") : trim(value) + " " + SIZES[unit];
    }

    /** "1 day", "2 days", "1.5 days": the singular only for exactly one. */
    public static String count(double value, String one, String many) {
        var text = trim(value);
        return text + " " + (text.equals("1") ? one : many);
    }

    private static String trim(double value) {
        var rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.US, "%.1f", rounded);
    }
}
