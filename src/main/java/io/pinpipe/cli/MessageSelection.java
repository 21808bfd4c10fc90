package io.pinpipe.cli;

import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.messages.StartPositions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;

/**
 * Which messages {@code messages tail} prints (a picocli mixin): like {@link ScanOptions} without a scan limit (a
 * tail never ends by itself), and starting live; {@code --partition} and {@code --filter} are {@link MessageChoice}.
 */
final class MessageSelection {

    @Option(names = "--from", paramLabel = "WHERE", defaultValue = "live",
            description = "Where to start: live (only new messages), end (the newest 10 of each partition first), "
                    + "beginning, an offset (1200), offsets per partition (0:100,1:250), a date-time "
                    + "(2026-12-07T10:15:00Z) or a time ago (-1h, 2 days ago) (default: ${DEFAULT-VALUE}).")
    String from;

    @CommandLine.Mixin
    MessageChoice choice;

    StartPosition start(int newest) {
        return StartPositions.parse(from, newest, Clock.systemDefaultZone());
    }

    List<Integer> partitions() {
        return choice.partitions();
    }

    MessageFilter messageFilter() {
        return choice.messageFilter();
    }
}
