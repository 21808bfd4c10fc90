package io.pinpipe.messages;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Counts a scan as it goes (scanned, matched, bytes), tells the listener at most every 100 ms and once at the end,
 * and says when the scan limit is reached or the user cancelled.
 */
final class ScanMeter {

    private static final long REPORT_NANOS = 100_000_000L;

    private final ScanListener listener;
    private final ScanLimit limit;
    private final BooleanSupplier cancelled;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long scanned;
    private long matched;
    private long bytes;

    ScanMeter(ScanListener listener, ScanLimit limit, BooleanSupplier cancelled) {
        this.listener = listener;
        this.limit = limit == null ? ScanLimit.UNLIMITED : limit;
        this.cancelled = cancelled;
    }

    void scanned(long size) {
        scanned++;
        bytes += size;
    }

    void matched() {
        matched++;
    }

    /** True once the scan has read as many messages or bytes as it may: the next one would go over. */
    boolean atLimit() {
        return scanned >= limit.messages() || bytes >= limit.bytes();
    }

    boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    ScanListener listener() {
        return listener;
    }

    /** Progress to the listener if the last report is 100 ms old. */
    void tick() {
        long now = System.nanoTime();
        if (now - lastReport >= REPORT_NANOS) {
            lastReport = now;
            listener.progress(progress());
        }
    }

    /** The final progress, told to the listener. */
    ScanProgress finish() {
        var progress = progress();
        listener.progress(progress);
        return progress;
    }

    ScanProgress progress() {
        return new ScanProgress(scanned, matched, bytes, Duration.ofNanos(System.nanoTime() - started));
    }
}
