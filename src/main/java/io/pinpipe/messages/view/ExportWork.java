package io.pinpipe.messages.view;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.ExportFormat;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.MessageExport;
import io.pinpipe.messages.MessagePage;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import io.pinpipe.ui.Progress;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The export dialog's background work: the selected messages, or every match of the search, written to a file. */
final class ExportWork {

    private ExportWork() {
    }

    static ExportViewModel.Outcome selected(List<Message> selected, Path target, ExportFormat format) {
        var export = MessageExport.open(target, format);
        try {
            export.append(selected);
        } catch (RuntimeException e) {
            export.abandon();
            throw e;
        }
        export.close();
        return new ExportViewModel.Outcome(export.written(), target, false);
    }

    /** Every match of {@code search}, scanned without limit; {@code expected} messages (0: unknown) make the progress. */
    static ExportViewModel.Outcome matches(ClusterClient client, BrowseRequest search, long expected, Path target,
                                           ExportFormat format, Progress p, AtomicBoolean stopped) {
        var request = search.withLimit(ScanLimit.UNLIMITED);
        var export = MessageExport.open(target, format);
        MessagePage.Stopped ended;
        try {
            ended = MessageBrowser.on(client).scanAll(request, new ScanListener() {
                @Override
                public void progress(ScanProgress now) {
                    var fraction = expected > 0 ? Math.min(1.0, (double) now.scanned() / expected) : -1;
                    p.update(fraction, "Scanned " + Counts.number(now.scanned()) + ", exported "
                            + Counts.number(export.written()) + " (" + Counts.number((long) now.messagesPerSecond())
                            + " messages/s)…");
                }

                @Override
                public void matched(List<Message> batch) {
                    export.append(batch);
                }
            }, stopped::get);
        } catch (RuntimeException e) {
            export.abandon();
            throw e;
        }
        if (ended == MessagePage.Stopped.CANCELLED || stopped.get()) {
            export.abandon();
            return new ExportViewModel.Outcome(export.written(), target, true);
        }
        export.close();
        return new ExportViewModel.Outcome(export.written(), target, false);
    }
}
