package io.pinpipe.messages;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where a browse starts. Parsed from what a person types by {@link StartPositions#parse}; the same words work in
 * the pane and on the command line.
 */
public sealed interface StartPosition {

    /** The newest {@code count} messages across the chosen partitions (as peek always did), shown newest first. */
    record Newest(int count) implements StartPosition {
    }

    /** Each partition's first retained message. */
    record Oldest() implements StartPosition {
    }

    /**
     * An offset: {@code all} for every chosen partition, or one per partition in {@code perPartition} (partitions
     * not named start at {@code all}, or are skipped when it is empty). An offset outside a partition's range is
     * refused with the range named, never clamped in silence.
     */
    record AtOffset(OptionalLong all, Map<Integer, Long> perPartition) implements StartPosition {
        public AtOffset {
            perPartition = Map.copyOf(perPartition);
        }

        public static AtOffset of(long offset) {
            return new AtOffset(OptionalLong.of(offset), Map.of());
        }
    }

    /** The first message at or after {@code time} in each partition ({@code offsetsForTimes} semantics). */
    record AtTime(Instant time) implements StartPosition {
    }

    /** From now on: only messages written after the read starts (the live tail). */
    record Live() implements StartPosition {
    }
}
