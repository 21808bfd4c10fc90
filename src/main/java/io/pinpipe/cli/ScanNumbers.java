package io.pinpipe.cli;

import io.pinpipe.messages.ScanLimit;

import java.util.Locale;

/** Counts and sizes as the message commands print them: "1,234,567", "2.1 MB". */
final class ScanNumbers {

    private ScanNumbers() {
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String limit(ScanLimit limit) {
        var messages = limit.messages() == Long.MAX_VALUE ? null : count(limit.messages()) + " messages";
        var bytes = limit.bytes() == Long.MAX_VALUE ? null : bytes(limit.bytes());
        if (messages != null && bytes != null) {
            return messages + " or " + bytes;
        }
        return messages != null ? messages : bytes != null ? bytes : "nothing";
    }
}
