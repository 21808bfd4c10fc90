package io.pinpipe.cli;

import io.pinpipe.messages.BrowseRequest;
import io.pinpipe.messages.MessageFilter;
import io.pinpipe.messages.ScanLimit;
import io.pinpipe.messages.StartPositions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Clock;
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

    @CommandLine.Mixin
    MessageChoice choice;

    @Option(names = "--scan-limit", paramLabel = "LIMIT", defaultValue = "1000000",
            description = "Stops a scan after LIMIT messages or 1 GB of messages (keys, values and headers), or "
                    + "after a size such as 2GB; 'unlimited' (or 'all') reads everything (default: ${DEFAULT-VALUE} "
                    + "messages or 1 GB).")
    String scanLimit;

    MessageFilter messageFilter() {
        return choice.messageFilter();
    }

    /** The request these options describe; {@code end} means the newest {@code count}. */
    BrowseRequest request(String topic, int count, int pageSize) {
        var start = StartPositions.parse(from, Math.max(count, 1), Clock.systemDefaultZone());
        return new BrowseRequest(topic, choice.partitions(), start, messageFilter(), pageSize, limit());
    }

    ScanLimit limit() {
        var text = scanLimit.strip().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        if (text.equals("all") || text.equals("none") || text.equals("unlimited")) {
            return ScanLimit.UNLIMITED;
        }
        if (text.matches("\\d{1,18}") && Long.parseLong(text) > 0) {
            return new ScanLimit(Long.parseLong(text), ScanLimit.DEFAULT.bytes()); // a count keeps the 1 GB bound
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
                + "a size (2GB) or 'unlimited', not '" + scanLimit + "'");
    }
}
