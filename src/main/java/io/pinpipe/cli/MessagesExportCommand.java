package io.pinpipe.cli;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.ExportFormat;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.MessageException;
import io.pinpipe.messages.MessageExport;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.MessagePage;
import io.pinpipe.messages.ScanEstimate;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.ScanProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code pinpipe messages export TOPIC --output F.jsonl|F.csv}: every matching message from a start to the
 * partitions' current ends into a file (or JSON lines on standard output), progress on standard error. Joins no
 * group, commits nothing; a JSON-lines export can be produced back with {@code messages produce --file}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the messages of a topic (from --from to the current end, through --filter) to a JSON-lines "
                + "or CSV file (by its name: .csv is CSV), or JSON lines on standard output. Progress goes to standard error.",
                "The file appears only when the export is complete; 'messages produce --file' imports a JSON-lines export."})
final class MessagesExportCommand implements Callable<Integer> {

    /** The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it. */
    private static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Mixin
    OutputFileOptions output;

    @Mixin
    ScanOptions scan;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N matching messages; 0 exports all (default: ${DEFAULT-VALUE}).")
    long count;

    @Override
    public Integer call() {
        if (count < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 0 (all) or more, not " + count);
        }
        output.checkFree();
        var request = scan.request(topic.name, (int) Math.min(Math.max(count, 1), BrowseRequest.MAX_PAGE_SIZE),
                BrowseRequest.MAX_PAGE_SIZE);
        var err = spec.commandLine().getErr();
        try (var client = ClusterClient.open(topic.cluster.connection.clientProperties(), topic.where(), topic.timeout())) {
            var browser = MessageBrowser.on(client);
            request = checkedAgainstLimit(browser, request);
            var export = output.file == null ? MessageExport.to(spec.commandLine().getOut(), ExportFormat.JSONL)
                    : MessageExport.open(output.file, ExportFormat.of(output.file));
            var listener = new Listener(export, err);
            var interrupted = new AtomicBoolean();
            var done = new CountDownLatch(1);
            var hook = onInterrupt(interrupted, done);
            MessagePage.Stopped stopped;
            try {
                stopped = browser.scanAll(request, listener, () -> interrupted.get() || listener.enough());
                if (interrupted.get()) {
                    export.abandon();
                    err.println("Export interrupted: no file was written");
                    err.flush();
                    return INTERRUPTED;
                }
                export.close();
            } catch (RuntimeException e) {
                export.abandon();
                throw e;
            } finally {
                done.countDown();
                removeQuietly(hook);
            }
            listener.finished(stopped);
            return 0;
        }
    }

    /** Ctrl+C stops the scan, and the partial file is removed before the JVM ends (it waits up to 3 s for that). */
    private static Thread onInterrupt(AtomicBoolean interrupted, CountDownLatch done) {
        var hook = new Thread(() -> {
            interrupted.set(true);
            try {
                done.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pinpipe-export-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending: the hook runs, and finds the export finished.
        }
    }

    /** A scan over the limit is refused with the estimate, unless it stops after --count messages of no filter. */
    private BrowseRequest checkedAgainstLimit(MessageBrowser browser, BrowseRequest request) {
        if (count > 0 && request.filter() == MessageFilter.ALL) {
            return request.withLimit(ScanLimit.UNLIMITED);
        }
        ScanEstimate estimate = browser.estimate(request);
        if (estimate.overLimit()) {
            throw MessageException.invalid("This export would scan up to " + ScanNumbers.count(estimate.messages())
                    + " messages" + estimate.bytes().stream().mapToObj(bytes -> " (" + ScanNumbers.bytes(bytes) + ")")
                    .findFirst().orElse("") + " of topic '" + topic.name + "', over the scan limit of "
                    + ScanNumbers.limit(request.limit()) + ": add --scan-limit all to read them all, or narrow it with "
                    + "--from, --partition or --count");
        }
        return request;
    }

    /** Writes batches (up to --count) and prints progress about once a second on standard error. */
    private final class Listener implements ScanListener {

        private final MessageExport export;
        private final PrintWriter err;
        private long lastPrinted = System.nanoTime();
        private ScanProgress last = ScanProgress.NONE;

        Listener(MessageExport export, PrintWriter err) {
            this.export = export;
            this.err = err;
        }

        boolean enough() {
            return count > 0 && export.written() >= count;
        }

        @Override
        public void matched(List<Message> batch) {
            var room = count > 0 ? count - export.written() : Long.MAX_VALUE;
            if (room > 0) {
                export.append(batch.size() > room ? batch.subList(0, (int) room) : batch);
            }
        }

        @Override
        public void progress(ScanProgress progress) {
            last = progress;
            if (System.nanoTime() - lastPrinted >= 1_000_000_000L) {
                lastPrinted = System.nanoTime();
                err.println("  scanned " + ScanNumbers.count(progress.scanned()) + ", exported " + ScanNumbers.count(export.written())
                        + ", " + ScanNumbers.bytes(progress.bytes()) + " read (" + ScanNumbers.count((long) progress.messagesPerSecond())
                        + " messages/s)");
                err.flush();
            }
        }

        void finished(MessagePage.Stopped stopped) {
            var where = output.file == null ? "standard output" : output.file.toAbsolutePath().toString();
            err.println("Exported " + ScanNumbers.count(export.written()) + " messages to " + where + " (scanned "
                    + ScanNumbers.count(last.scanned()) + String.format(Locale.ROOT, " in %.1f s)", last.elapsed().toMillis() / 1000.0));
            if (stopped == MessagePage.Stopped.LIMIT) {
                err.println("Stopped at the scan limit of " + ScanNumbers.limit(scan.limit())
                        + ": add --scan-limit all to export the rest");
            }
            err.flush();
        }
    }
}
