package io.pinpipe.consumers;

import java.util.List;

/**
 * The reset plan as the CSV that {@code kafka-consumer-groups.sh --reset-offsets --export} writes and
 * {@code --from-file} reads: one {@code topic,partition,offset} line per partition (a leading {@code group,} column
 * when several groups are in one file, as the tool writes for {@code --all-groups}).
 */
public final class ResetCsv {

    /** One line of the file; {@code group} is empty in the one-group form. */
    public record Line(String group, String topic, int partition, long offset) { }

    private ResetCsv() {
    }

    /** The file Kafka's tool would export for this plan. */
    public static String write(ResetPlan plan) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Reads the file; a line that cannot be read fails the whole file with {@link GroupException.Reason#INVALID_REQUEST}
     * and a message naming its line number and why ("line 3: the offset 'x' is not a number").
     */
    public static List<Line> read(String csv) {
        throw new UnsupportedOperationException("not yet");
    }
}
