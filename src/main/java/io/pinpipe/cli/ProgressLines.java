package io.pinpipe.cli;

import io.pinpipe.sandbox.LoadProgress;

import java.io.PrintWriter;

/** Prints load progress in tenths, so a ten-million-row load still prints about ten lines. */
final class ProgressLines implements LoadProgress {

    private final PrintWriter out;
    private long lastTenth;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void loaded(long done, long total) {
        var tenth = total == 0 ? 0 : done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            out.printf("  %d of %d rows (%d%%)%n", done, total, done * 100 / total);
            out.flush();
        }
    }
}
