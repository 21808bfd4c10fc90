package io.pinpipe.consumers.view;

import io.pinpipe.consumers.LagText;
import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TimeLag;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/** How lags read on screen: counts with separators, durations in words, never a negative lag. */
final class LagWords {

    /** What {@link TimeLag#why()} says in a fresh listing, before the second phase read the time lags. */
    static final String NOT_READ_YET = "not read yet";
    static final String PAST_END = LagText.PAST_END;
    static final String PAST_END_MEANING = LagText.PAST_END_MEANING;
    /** After a total in a narrow column when partitions are past the end; the full sentence is in its tooltip. */
    static final String PAST_END_MARK = "⚠";

    private LagWords() {
    }

    static String count(OptionalLong value) {
        return value.isPresent() ? count(value.getAsLong()) : "—";
    }

    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** A total that may hide partitions past the end: "6", "0 (1 partition past end)", "—". */
    static String total(OptionalLong value, int partitionsPastEnd) {
        return LagText.total(value, partitionsPastEnd);
    }

    /** The same total for a narrow column: "6", "0 ⚠"; {@link #totalTooltip} says it in full. */
    static String shortTotal(OptionalLong value, int partitionsPastEnd) {
        return partitionsPastEnd == 0 ? count(value) : count(value) + " " + PAST_END_MARK;
    }

    /** "0 (1 partition past end). The committed offset is beyond…"; empty when no partition is past the end. */
    static String totalTooltip(OptionalLong value, int partitionsPastEnd) {
        return partitionsPastEnd == 0 ? "" : total(value, partitionsPastEnd) + ". " + PAST_END_MEANING;
    }

    /** "1 partition past end", "3 partitions past end". */
    static String pastEnd(int partitions) {
        return LagText.pastEnd(partitions);
    }

    /** The lag column of one partition: a number, "past end", or a dash when it cannot be known. */
    static String lag(PartitionLag partition) {
        return partition.pastEnd() ? PAST_END : count(partition.lag());
    }

    /** "…" while being read, "unknown" when it cannot be known, else "4 s", "3 min 12 s", "2 h 5 min". */
    static String time(TimeLag lag) {
        if (lag.known()) {
            return duration(lag.behind().orElseThrow());
        }
        return NOT_READ_YET.equals(lag.why()) ? "…" : "unknown";
    }

    /** Why the time lag is unknown, for a tooltip; empty when it is known or still being read. */
    static String timeWhy(TimeLag lag) {
        if (lag.known() || NOT_READ_YET.equals(lag.why())) {
            return "";
        }
        return lag.why().isBlank() ? "The lag in time cannot be known." : "Unknown: " + lag.why() + ".";
    }

    static String duration(Duration duration) {
        if (!duration.isNegative() && duration.toMillis() < 1000 && !duration.isZero()) {
            return duration.toMillis() + " ms";
        }
        var seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min" + (seconds % 60 == 0 ? "" : " " + (seconds % 60) + " s");
        }
        if (seconds < 86_400) {
            return (seconds / 3600) + " h" + ((seconds % 3600) / 60 == 0 ? "" : " " + (seconds % 3600) / 60 + " min");
        }
        return (seconds / 86_400) + " d" + ((seconds % 86_400) / 3600 == 0 ? "" : " " + (seconds % 86_400) / 3600 + " h");
    }
}
