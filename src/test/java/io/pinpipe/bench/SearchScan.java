package io.pinpipe.bench;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.Message;
import io.pinpipe.messages.MessageBrowser;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.ScanListener;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.messages.filter.Filters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * What {@code pinpipe messages read T --from beginning --count 0 --filter F --format raw} does, without the command
 * line around it: {@link MessageBrowser#scanAll} printing each match's value on a line. Lets benchmark 6 tell the
 * engine's cost from the command's ({@code BENCH_SIDE=engine}). Arguments: bootstrap, topic, filter.
 */
public final class SearchScan {

    private SearchScan() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", args[0]);
        var out = new BufferedOutputStream(System.out, 1 << 16);
        var request = new BrowseRequest(args[1], List.of(), new StartPosition.Oldest(), Filters.parse(args[2]),
                BrowseRequest.DEFAULT_PAGE_SIZE, ScanLimit.UNLIMITED);
        long[] scanAt = new long[2];
        try (var client = ClusterClient.open(properties, args[0], Duration.ofSeconds(30))) {
            scanAt[0] = System.currentTimeMillis();
            MessageBrowser.on(client).scanAll(request, new ScanListener() {
                @Override
                public void matched(List<Message> batch) {
                    try {
                        for (Message message : batch) {
                            out.write(message.value());
                            out.write('\n');
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, () -> false);
            scanAt[1] = System.currentTimeMillis();
        }
        out.flush();
        System.err.printf("SearchScan: JVM start to main %d ms, client %d ms, scan %d ms, close %d ms%n",
                mainAt - jvmStart, scanAt[0] - mainAt, scanAt[1] - scanAt[0], System.currentTimeMillis() - scanAt[1]);
    }
}
