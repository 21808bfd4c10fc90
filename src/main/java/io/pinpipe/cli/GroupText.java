package io.pinpipe.cli;

import io.pinpipe.consumers.PartitionLag;
import io.pinpipe.consumers.TimeLag;
import io.pinpipe.core.Units;

import java.util.Optional;
import java.util.OptionalLong;

/** How {@code pinpipe groups} words offsets and lag for a person: "-" for what is unknown, as Kafka's tool does. */
final class GroupText {

    private GroupText() {
    }

    static String number(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }

    static String text(Optional<String> value) {
        return value.filter(text -> !text.isEmpty()).orElse("-");
    }

    /** A partition's lag; "past end" rather than a negative number when the committed offset is beyond the log. */
    static String lag(PartitionLag partition) {
        return partition.pastEnd() ? "past end" : number(partition.lag());
    }

    /** "caught up", "3 minutes", or "unknown (no committed offset)". */
    static String timeLag(TimeLag lag) {
        return lag.behind().map(behind -> behind.isZero() ? "caught up" : Units.millis(behind.toMillis()))
                .orElse("unknown" + (lag.why().isEmpty() ? "" : " (" + lag.why() + ")"));
    }
}
