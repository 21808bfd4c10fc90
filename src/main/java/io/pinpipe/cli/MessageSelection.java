package io.pinpipe.cli;

import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.StartPosition;
import io.pinpipe.messages.StartPositions;
import io.pinpipe.messages.filter.Filters;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Which messages {@code messages read} and {@code tail} print, and how (a picocli mixin). */
final class MessageSelection {

    @Option(names = "--from", paramLabel = "WHERE",
            description = "Where to start: beginning, end (the newest --count), live, an offset (1200), offsets per "
                    + "partition (0:100,1:250), a date-time (2026-12-07T10:15:00Z, 2026-12-07 10:15, 2026-12-07, "
                    + "local time) or a time ago (-1h, -30m, 2 days ago). Default: beginning for read, live for tail.")
    String from;

    @Option(names = "--partition", paramLabel = "P", split = ",",
            description = "Only these partitions (repeatable or a comma list; default: all).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Only messages that match, e.g. 'value contains \"Albania\" and $.follower_count > 1000' "
                    + "(see the filter syntax in the user guide).")
    String filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = MessageFormat.Converter.class,
            description = "text (for people), json (a JSON line per message), csv, or raw (each value's bytes on a "
                    + "line, like kafka-console-consumer). Default: ${DEFAULT-VALUE}.")
    MessageFormat format;

    StartPosition start(String otherwise, int count) {
        return StartPositions.parse(from == null ? otherwise : from, count, Clock.systemDefaultZone());
    }

    MessageFilter messageFilter() {
        return filter == null || filter.isBlank() ? MessageFilter.ALL : Filters.parse(filter);
    }
}
