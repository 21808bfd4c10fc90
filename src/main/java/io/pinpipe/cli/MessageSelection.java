package io.pinpipe.cli;

import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.messages.StartPositions;
import io.pinpipe.messages.filter.Filters;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Which messages {@code messages tail} prints (a picocli mixin): like {@link ScanOptions} without a scan limit (a
 * tail never ends by itself), and starting live.
 */
final class MessageSelection {

    @Option(names = "--from", paramLabel = "WHERE", defaultValue = "live",
            description = "Where to start: live (only new messages), end (the newest 10 of each partition first), "
                    + "beginning, an offset (1200), offsets per partition (0:100,1:250), a date-time "
                    + "(2026-12-07T10:15:00Z) or a time ago (-1h, 2 days ago) (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--partition", paramLabel = "P", split = ",",
            description = "Only partition P; repeat it or list them (0,2) for more (default: all).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Only messages matching EXPR, e.g. 'value contains \"Albania\"', '$.count > 10', "
                    + "'header.source = \"app\"' (default: all).")
    String filter;

    StartPosition start(int newest) {
        return StartPositions.parse(from, newest, Clock.systemDefaultZone());
    }

    MessageFilter messageFilter() {
        return filter == null || filter.isBlank() ? MessageFilter.ALL : Filters.parse(filter);
    }
}
