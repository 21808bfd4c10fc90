package io.pinpipe.cli;

import io.pinpipe.consumers.LagText;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TimeLag;
import io.pinpipe.core.Units;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalLong;

/** How {@code pinpipe groups} words offsets and lag for a person: "-" for what is unknown, as Kafka's tool does. */
final class GroupText {

    private GroupText() {
    }

    static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }

    /** Said once under a table with a partition past the end. */
    static final String PAST_END_NOTE = LagText.PAST_END + ": " + LagText.PAST_END_MEANING;

    /**
     * A summed lag, saying how many partitions are past the end (they count as none): "0 (1 partition past end)",
     * so a total of 0 is not taken for "caught up".
     */
    static String total(OptionalLong lag, int partitionsPastEnd) {
        return LagText.withPastEnd(number(lag), partitionsPastEnd);
    }

    /** Prints {@link #PAST_END_NOTE} when any row was past the end. */
    static void pastEndNote(PrintWriter out, boolean any) {
        if (any) {
            out.println(PAST_END_NOTE);
            out.flush();
        }
    }

    static String text(Optional<String> value) {
        return value.filter(text -> !text.isEmpty()).orElse("-");
    }

    /** A partition's lag; "past end" rather than a negative number when the committed offset is beyond the log. */
    static String lag(PartitionLag partition) {
        return partition.pastEnd() ? LagText.PAST_END : number(partition.lag());
    }

    /** "caught up", "3 minutes", or "unknown (no committed offset)". */
    static String timeLag(TimeLag lag) {
        return lag.behind().map(behind -> behind.isZero() ? "caught up" : Units.millis(behind.toMillis()))
                .orElse("unknown" + (lag.why().isEmpty() ? "" : " (" + lag.why() + ")"));
    }

    /**
     * "unknown", "6 messages, 3 minutes behind", "0 messages, caught up", "0 (1 partition past end) messages, ...",
     * "6 messages, time behind unknown (why)".
     */
    static String lagWords(OptionalLong messages, int partitionsPastEnd, TimeLag time) {
        if (messages.isEmpty()) {
            return "unknown";
        }
        var one = messages.getAsLong() == 1 && partitionsPastEnd == 0;
        var count = total(messages, partitionsPastEnd) + (one ? " message, " : " messages, ");
        var behind = time.behind();
        if (behind.isEmpty()) {
            return count + "time behind " + timeLag(time);
        }
        return count + (behind.get().isZero() ? "caught up" : timeLag(time) + " behind");
    }
}
