package io.pinpipe.consumers;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The one wording of a committed offset past the log's end, for every place that shows lag (the command line, the
 * Consumers pane, a topic's readers): "1 partition past end", "0 (1 partition past end)", and what it means.
 * A lag is never negative: such partitions count as no lag, and the words say how many there are.
 */
public final class LagText {

    /** A partition's lag when its committed offset is beyond the log's end. */
    public static final String PAST_END = "past end";

    /** What "past end" means, in one explanation shared by every screen. */
    public static final String PAST_END_MEANING = "The committed offset is beyond the log's end (was the topic "
            + "recreated, or its messages truncated?). Such a partition counts as no lag; a consumer of the group "
            + "that reads it starts again from its auto.offset.reset position. Reset the group's offsets to choose "
            + "where it reads.";

    private LagText() {
    }

    /** "1 partition past end", "3 partitions past end". */
    public static String pastEnd(int partitions) {
        return partitions + (partitions == 1 ? " partition " : " partitions ") + PAST_END;
    }

    /** A total that may hide partitions past the end: "6", "0 (1 partition past end)", "—" when unknown. */
    public static String total(OptionalLong lag, int partitionsPastEnd) {
        return withPastEnd(lag.isPresent() ? String.format(Locale.US, "%,d", lag.getAsLong()) : "—",
                partitionsPastEnd);
    }

    /** A number already in words, with the partitions past the end said after it: "0 (1 partition past end)". */
    public static String withPastEnd(String number, int partitionsPastEnd) {
        return partitionsPastEnd == 0 ? number : number + " (" + pastEnd(partitionsPastEnd) + ")";
    }
}
