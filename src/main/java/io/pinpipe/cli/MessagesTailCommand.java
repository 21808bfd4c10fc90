package io.pinpipe.cli;

import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code pinpipe messages tail TOPIC}: new messages as they arrive, through a filter, until stopped (Ctrl+C). */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints the messages of a topic as they arrive, through a filter, until stopped (Ctrl+C). Joins "
                + "no group, commits nothing. --from end starts with the newest 10 of each partition.")
final class MessagesTailCommand implements Callable<Integer> {

    static final int NEWEST_COUNT = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MessagesOnCluster topic;

    @Mixin
    MessageSelection selection;

    @Mixin
    MessageFormatOption format;

    /** Stops the tail when true (a test; Ctrl+C ends the process). */
    java.util.function.BooleanSupplier stop = () -> false;

    @Override
    public Integer call() {
        var start = selection.start(NEWEST_COUNT);
        var filter = selection.messageFilter();
        var report = new ScanReport(spec.commandLine().getErr(), ScanReport.progressInPlace());
        try (var client = topic.client();
             var sink = MessageSink.on(spec.commandLine().getOut(), format.format)) {
            var request = new BrowseRequest(topic.topic, selection.partitions, start, filter,
                    BrowseRequest.DEFAULT_PAGE_SIZE, ScanLimit.UNLIMITED);
            var listener = new ScanListener() {
                @Override
                public void progress(ScanProgress progress) {
                    report.progress(progress);
                    last = progress;
                }

                ScanProgress last = ScanProgress.NONE;

                @Override
                public void matched(List<Message> batch) {
                    sink.print(batch);
                    sink.flush();
                }
            };
            MessageBrowser.on(client).follow(request, listener, () -> sink.broken() || stop.getAsBoolean());
            sink.close();
            report.partDone(listener.last);
            report.finish("");
        }
        return 0;
    }
}
