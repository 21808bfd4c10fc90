package io.pinpipe.cli;

import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.StartPositions;
import io.pinpipe.messages.filter.Filters;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What part of a topic a scan reads and through which filter (a picocli mixin shared by the message commands that
 * scan): {@code --from}, {@code --partition}, {@code --filter}, {@code --scan-limit}.
 */
final class ScanOptions {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(kb|mb|gb|tb)");

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--from", paramLabel = "WHERE", defaultValue = "beginning",
            description = "Where to start: beginning, end, an offset (1200), offsets per partition (0:100,1:250), "
                    + "a date-time (2026-12-07T10:15:00Z) or a time ago (-1h, 2 days ago) (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--partition", paramLabel = "P", split = ",",
            description = "Only partition P; repeat it or list them (0,2) for more (default: all).")
    List<Integer> partitions = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "EXPR",
            description = "Only messages matching EXPR, e.g. 'value contains \"Albania\"', '$.count > 10', "
                    + "'header.source = \"app\"' (default: all).")
    String filter;

    @Option(names = "--scan-limit", paramLabel = "LIMIT", defaultValue = "1000000",
            description = "Refuse a scan that would read more than LIMIT messages (or a size such as 2GB); "
                    + "'all' reads everything (default: ${DEFAULT-VALUE} messages or 1 GB).")
    String scanLimit;

    boolean filtered() {
        return filter != null && !filter.isBlank();
    }

    MessageFilter messageFilter() {
        return filtered() ? Filters.parse(filter) : MessageFilter.ALL;
    }

    /** The request these options describe; {@code end} means the newest {@code count}. */
    BrowseRequest request(String topic, int count, int pageSize) {
        var start = StartPositions.parse(from, Math.max(count, 1), Clock.systemDefaultZone());
        for (var partition : partitions) {
            if (partition < 0) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--partition must be 0 or more, not " + partition);
            }
        }
        return new BrowseRequest(topic, partitions, start, messageFilter(), pageSize, limit());
    }

    ScanLimit limit() {
        var text = scanLimit.strip().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        if (text.equals("all") || text.equals("none") || text.equals("unlimited")) {
            return ScanLimit.UNLIMITED;
        }
        if (text.equals("1000000")) {
            return ScanLimit.DEFAULT;
        }
        if (text.matches("\\d{1,18}") && Long.parseLong(text) > 0) {
            return new ScanLimit(Long.parseLong(text), Long.MAX_VALUE);
        }
        var size = SIZE.matcher(text);
        if (size.matches()) {
            var unit = switch (size.group(2)) {
                case "kb" -> 1L << 10;
                case "mb" -> 1L << 20;
                case "gb" -> 1L << 30;
                default -> 1L << 40;
            };
            return new ScanLimit(Long.MAX_VALUE, Long.parseLong(size.group(1)) * unit);
        }
        throw new CommandLine.ParameterException(mixee.commandLine(), "--scan-limit takes a number of messages (5000000), "
                + "a size (2GB) or 'all', not '" + scanLimit + "'");
    }
}
