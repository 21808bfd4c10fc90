package io.pinpipe.emulator.view;

import java.text.NumberFormat;
import java.util.Locale;

/** A count in a tile's room: exact below a million ("999,999"), else three figures and a unit ("1.13 M"). */
final class CompactCount {

    private static final NumberFormat EXACT = NumberFormat.getIntegerInstance(Locale.US);
    private static final String[] UNITS = {"M", "B", "T"};

    private CompactCount() {
    }

    static String of(long value) {
        if (Math.abs(value) < 1_000_000) {
            return EXACT.format(value);
        }
        double scaled = value / 1_000_000.0;
        var unit = 0;
        while (Math.abs(scaled) >= 999.5 && unit < UNITS.length - 1) {
            scaled /= 1000;
            unit++;
        }
        var digits = Math.abs(scaled) >= 99.95 ? "%.0f" : Math.abs(scaled) >= 9.995 ? "%.1f" : "%.2f";
        return String.format(Locale.US, digits, scaled) + " " + UNITS[unit];
    }

    static String exact(long value) {
        return EXACT.format(value);
    }

    /** Events a second: a decimal below ten, so a slow pace reads 0.4 rather than 0. */
    static String rate(double perSecond) {
        return perSecond < 9.95 ? String.format(Locale.US, "%.1f", perSecond) : of(Math.round(perSecond));
    }
}
