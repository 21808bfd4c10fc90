package io.pinpipe.cli;

import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Cursor;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.MessagePage;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import io.pinpipe.messages.StartPosition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code pinpipe messages read TOPIC}: messages from any offset or time through a filter, without joining a group.
 * Messages go to stdout, progress and notes to stderr; a scan never reads past its limit without saying so.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Prints messages of a topic from any offset or time, through a filter. Joins no group, commits "
                + "nothing. Messages on stdout; progress and notes on stderr.",
                "--from end prints the newest --count messages, newest first; every other start prints oldest first. "
                        + "--count 0 prints every match as it is read: each partition in offset order."})
final class MessagesReadCommand implements Callable<Integer> {

    static final int DEFAULT_COUNT = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MessagesOnCluster topic;

    @Mixin
    ScanOptions scan;

    @Mixin
    MessageFormatOption format;

    @Option(names = "--count", paramLabel = "N", defaultValue = "" + DEFAULT_COUNT,
            description = "How many matches to print (default: ${DEFAULT-VALUE}); 0 prints every match to the end.")
    int count;

    @Override
    public Integer call() {
        if (count < 0) {
            throw MessageException.invalid("--count is 0 (every match) or more, not " + count);
        }
        var request = scan.request(topic.topic, count == 0 ? BrowseRequest.DEFAULT_PAGE_SIZE : count,
                Math.min(count == 0 ? BrowseRequest.DEFAULT_PAGE_SIZE : count, BrowseRequest.MAX_PAGE_SIZE));
        var err = spec.commandLine().getErr();
        var report = new ScanReport(err, ScanReport.progressInPlace());
        try (var client = topic.client();
             var sink = MessageSink.on(spec.commandLine().getOut(), format.format)) {
            var browser = MessageBrowser.on(client);
            report.estimate(browser.estimate(request), request.limit());
            var note = count == 0 ? scanAll(browser, request, sink, report) : pages(browser, request, sink, report);
            sink.close();
            report.finish(note);
        }
        return 0;
    }

    private String scanAll(MessageBrowser browser, BrowseRequest request, MessageSink sink, ScanReport report) {
        var listener = new ScanListener() {
            ScanProgress last = ScanProgress.NONE;

            @Override
            public void progress(ScanProgress progress) {
                last = progress;
                report.progress(progress);
            }

            @Override
            public void matched(List<Message> batch) {
                sink.print(batch);
            }
        };
        var stopped = browser.scanAll(request, listener, sink::broken);
        report.partDone(listener.last);
        return stopped == MessagePage.Stopped.LIMIT ? "stopped at the scan limit (" + ScanNumbers.limit(request.limit())
                + "); --scan-limit unlimited to read them all" : "";
    }

    private String pages(MessageBrowser browser, BrowseRequest request, MessageSink sink, ScanReport report) {
        boolean newest = request.start() instanceof StartPosition.Newest;
        var listener = new ScanListener() {
            @Override
            public void progress(ScanProgress progress) {
                report.progress(progress);
            }
        };
        int remaining = count;
        var page = browser.read(request, listener, sink::broken);
        while (true) {
            sink.print(page.messages());
            report.partDone(page.progress());
            remaining -= page.messages().size();
            boolean more = newest ? page.hasOlder() : page.hasNewer();
            if (remaining <= 0 || page.stopped() != MessagePage.Stopped.PAGE_FULL || !more || sink.broken()) {
                break;
            }
            var next = request.withLimit(left(request.limit(), report.total()));
            next = new BrowseRequest(next.topic(), next.partitions(), next.start(), next.filter(),
                    Math.min(remaining, BrowseRequest.MAX_PAGE_SIZE), next.limit());
            page = newest ? browser.previous(next, page, listener, sink::broken)
                    : browser.next(next, page, listener, sink::broken);
        }
        if (page.stopped() == MessagePage.Stopped.LIMIT) {
            return "stopped at the scan limit (" + ScanNumbers.limit(request.limit()) + "); to go on: --from "
                    + cursor(newest ? page.before() : page.after()) + ", or --scan-limit unlimited";
        }
        return "";
    }

    private static ScanLimit left(ScanLimit limit, ScanProgress done) {
        return new ScanLimit(minus(limit.messages(), done.scanned()), minus(limit.bytes(), done.bytes()));
    }

    private static long minus(long limit, long done) {
        return limit == Long.MAX_VALUE ? limit : Math.max(0, limit - done);
    }

    private static String cursor(Cursor cursor) {
        return cursor.offsets().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    }
}
