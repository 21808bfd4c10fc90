package io.pinpipe.cli;

import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanProgress;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code messages read} and {@code tail} say on stderr: the estimate when it is over the scan limit, a progress
 * line (scanned, matched, MB, rate) updated in place at most once a second on a terminal, and a summary at the end.
 */
final class ScanReport {

    private static final long UPDATE_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastUpdate = System.nanoTime();
    private boolean lineOpen;
    private ScanProgress before = ScanProgress.NONE;

    ScanReport(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Whether a progress line can update in place: stderr is a terminal and stdout is not (messages printed on the
     * same terminal would break the line). Linux tells through /proc; elsewhere it is off (the summary still prints).
     */
    static boolean progressInPlace() {
        return isTerminal(2) && !isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        try {
            var target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | Error e) {
            return false;
        }
    }

    /** Before reading, when it would scan more than it may. */
    void estimate(ScanEstimate estimate, ScanLimit limit) {
        if (!estimate.overLimit()) {
            return;
        }
        var size = estimate.bytes().isPresent() ? " (" + ScanNumbers.bytes(estimate.bytes().getAsLong()) + ")" : "";
        err.println("Up to " + ScanNumbers.count(estimate.messages()) + " messages" + size + " to scan; this stops after "
                + ScanNumbers.limit(limit) + " (--scan-limit unlimited to read them all)");
        err.flush();
    }

    /** Progress of the current part (a page): counted on top of the parts before it. */
    void progress(ScanProgress part) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastUpdate >= UPDATE_NANOS) {
            lastUpdate = now;
            err.print("\r" + line(total(part)) + "   ");
            err.flush();
            lineOpen = true;
        }
    }

    /** A part (page) is over: its counts carry into the next. */
    void partDone(ScanProgress part) {
        before = total(part);
    }

    ScanProgress total() {
        return before;
    }

    /** The summary line; the progress line, if any, is replaced by it. */
    void finish(String note) {
        if (lineOpen) {
            err.print("\r");
        }
        err.println(line(before) + (note.isEmpty() ? "" : "; " + note));
        err.flush();
    }

    void note(String line) {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
        err.println(line);
        err.flush();
    }

    static String line(ScanProgress progress) {
        var seconds = progress.elapsed().toMillis() / 1000.0;
        return String.format(Locale.ROOT, "Scanned %s messages (%s) in %.1f s, %s msg/s, %.1f MB/s; %s matched",
                ScanNumbers.count(progress.scanned()), ScanNumbers.bytes(progress.bytes()), seconds,
                ScanNumbers.count((long) progress.messagesPerSecond()), progress.bytesPerSecond() / 1e6, ScanNumbers.count(progress.matched()));
    }

    private ScanProgress total(ScanProgress part) {
        return new ScanProgress(before.scanned() + part.scanned(), before.matched() + part.matched(),
                before.bytes() + part.bytes(), before.elapsed().plus(part.elapsed() == null ? Duration.ZERO : part.elapsed()));
    }
}
