package io.pinpipe.cli;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;

import java.util.List;

/**
 * What {@code messages read} and {@code tail} hand a scan: progress goes to the {@link ScanReport} (and the last one
 * is remembered for the summary), matches to the {@link MessageSink}, sent on at once when {@code flushEach}.
 */
final class ReportingListener implements ScanListener {

    private final ScanReport report;
    private final MessageSink sink;
    private final boolean flushEach;
    private ScanProgress last = ScanProgress.NONE;

    ReportingListener(ScanReport report, MessageSink sink, boolean flushEach) {
        this.report = report;
        this.sink = sink;
        this.flushEach = flushEach;
    }

    @Override
    public void progress(ScanProgress progress) {
        last = progress;
        report.progress(progress);
    }

    @Override
    public void matched(List<Message> batch) {
        sink.print(batch);
        if (flushEach) {
            sink.flush();
        }
    }

    /** The last progress told, {@link ScanProgress#NONE} before any. */
    ScanProgress last() {
        return last;
    }
}
