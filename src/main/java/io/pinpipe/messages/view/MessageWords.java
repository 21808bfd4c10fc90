package io.pinpipe.messages.view;

import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.messages.ScanProgress;

import java.util.Locale;

/** The numbers of a scan as a person reads them: "Scanned 1,234,567 · matched 1,204 · 312 MB · 410,000 msg/s". */
final class MessageWords {

    private MessageWords() {
    }

    /** "1,234,567". */
    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** "3.2 million", "950,000", "1.1 billion": a round figure for estimates. */
    static String roughly(long value) {
        if (value >= 1_000_000_000L) {
            return one(value / 1e9) + " billion";
        }
        if (value >= 1_000_000L) {
            return one(value / 1e6) + " million";
        }
        return count(value);
    }

    /** Decimal units, as a disk or a network speed is read: "312 MB", "2.1 GB", "980 bytes". */
    static String bytes(double bytes) {
        if (bytes >= 1e9) {
            return one(bytes / 1e9) + " GB";
        }
        if (bytes >= 1e6) {
            return one(bytes / 1e6) + " MB";
        }
        if (bytes >= 1e3) {
            return one(bytes / 1e3) + " kB";
        }
        return Math.round(bytes) + " bytes";
    }

    /** "1,820 msg/s". */
    static String rate(double perSecond) {
        return count(Math.round(perSecond)) + " msg/s";
    }

    /** The progress line of a scan. */
    static String progress(ScanProgress progress) {
        return "Scanned " + count(progress.scanned()) + " · matched " + count(progress.matched()) + " · "
                + bytes(progress.bytes()) + " · " + rate(progress.messagesPerSecond());
    }

    /** "This search may scan 3.2 million messages (2.1 GB)." */
    static String estimate(ScanEstimate estimate) {
        var size = estimate.bytes().isPresent() ? " (" + bytes(estimate.bytes().getAsLong()) + ")" : "";
        return "This search may scan " + roughly(estimate.messages()) + " messages" + size + ".";
    }

    /** "Scan the first 1 million": the button that keeps to the limit. */
    static String firstOf(long limit) {
        return "Scan the first " + roughly(limit);
    }

    static String matches(long count) {
        return count(count) + (count == 1 ? " match" : " matches");
    }

    private static String one(double value) {
        var rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.US, "%.1f", rounded);
    }
}
