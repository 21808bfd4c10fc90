package io.pinpipe.consumers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where a reset moves a group's offsets: the choices of {@code kafka-consumer-groups.sh --reset-offsets}. */
public sealed interface ResetTarget {

    /** {@code --to-earliest} */
    record ToEarliest() implements ResetTarget { }

    /** {@code --to-latest} */
    record ToLatest() implements ResetTarget { }

    /** {@code --to-offset N}: clamped into each partition's range, with a warning. */
    record ToOffset(long offset) implements ResetTarget { }

    /** {@code --to-datetime}: the first offset at or after the instant; a future instant is refused. */
    record ToDateTime(Instant at) implements ResetTarget { }

    /** {@code --by-duration}: the first offset at or after now minus the duration ("1 hour ago"). */
    record ByDuration(Duration ago) implements ResetTarget { }

    /** {@code --shift-by N}: the committed offset plus N (negative goes back), clamped. */
    record ShiftBy(long by) implements ResetTarget { }

    /** Copied from another group's committed offsets on the same partitions (no option of Kafka's tool). */
    record FromGroup(String groupId) implements ResetTarget { }

    /** {@code --from-file}: the offsets of a CSV that {@code --export} wrote ({@link ResetCsv#read}). */
    record FromFile(List<ResetCsv.Line> lines) implements ResetTarget { }
}
