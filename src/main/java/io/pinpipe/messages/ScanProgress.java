package io.pinpipe.messages;

import java.time.Duration;

/** How a scan is going: messages scanned and matched, bytes read (keys, values, headers), time spent. */
public record ScanProgress(long scanned, long matched, long bytes, Duration elapsed) {

    public static final ScanProgress NONE = new ScanProgress(0, 0, 0, Duration.ZERO);

    public double messagesPerSecond() {
        return elapsed.isZero() ? 0 : scanned * 1e9 / elapsed.toNanos();
    }

    public double bytesPerSecond() {
        return elapsed.isZero() ? 0 : bytes * 1e9 / elapsed.toNanos();
    }
}
