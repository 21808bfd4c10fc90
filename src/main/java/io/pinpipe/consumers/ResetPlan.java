package io.pinpipe.consumers;

import java.util.List;
import java.util.Locale;
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

    /** The file name {@link #commandLine()} gives {@code --from-file} for a plan from a file or another group. */
    public static final String PLAN_FILE = ResetCommandLine.PLAN_FILE;

    /**
     * {@link #commandLine()} with {@code --from-file} reading {@code file} (this plan exported as CSV there) and
     * without the trailing note; the same line when the plan is not replayed from a file.
     */
    public String commandLineReading(String file) {
        return ResetCommandLine.reading(commandLine, file);
    }

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

        /**
         * The change in words, as both the command line and the reset dialog show it: "skips 1,234", "replays 40",
         * "none" when the offset stays, "-" when the group has no committed offset there (so nothing is skipped or
         * replayed: the group starts where the target says).
         */
        public String changeWords() {
            if (current.isEmpty()) {
                return "-";
            }
            var by = target - current.getAsLong();
            return by > 0 ? "skips " + grouped(by) : by < 0 ? "replays " + grouped(-by) : "none";
        }

        private static String grouped(long value) {
            return String.format(Locale.US, "%,d", value);
        }
    }
}
