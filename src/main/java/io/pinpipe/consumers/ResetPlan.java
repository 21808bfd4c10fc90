package io.pinpipe.consumers;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a reset would do, computed before anything changes: shown as the preview, printed by
 * {@code pinpipe groups reset} without {@code --execute}, and the only thing {@link GroupAdmin#execute} accepts.
 *
 * @param commandLine the equivalent {@code kafka-consumer-groups.sh --bootstrap-server ... --group G --reset-offsets
 *                    ... --dry-run} to copy (no secrets: the bootstrap and a {@code --command-config} placeholder only)
 * @param warnings    sentences for the person: offsets clamped into the log's range, partitions without a committed
 *                    offset, partitions of the file that the topic does not have
 */
public record ResetPlan(String groupId, ResetTarget target, List<Row> rows, List<String> warnings, String commandLine) {

    /**
     * One partition of the preview.
     *
     * @param current   the committed offset now, empty when none
     * @param target    the offset the group will be at after the reset
     * @param clamped   the target was outside {@code [logStart, logEnd]} and was moved to its edge
     */
    public record Row(String topic, int partition, OptionalLong current, long target, boolean clamped) {

        /** Positive: that many messages will be skipped; negative: replayed; empty when there is no current offset. */
        public OptionalLong change() {
            return current.isPresent() ? OptionalLong.of(target - current.getAsLong()) : OptionalLong.empty();
        }
    }
}
