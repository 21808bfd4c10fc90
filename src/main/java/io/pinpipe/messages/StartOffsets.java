package io.pinpipe.messages;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a browse starts in each chosen partition: the earliest or end offset, the first message at or after a time
 * ({@code offsetsForTimes} semantics; a partition with none starts at its end), or an offset checked against the
 * partition's range (refused with the range named, never clamped).
 */
final class StartOffsets {

    private StartOffsets() {
    }

    /**
     * The partitions a request reads: the chosen ones, or for an {@link StartPosition.AtOffset} that names partitions
     * and gives no offset for the rest, the named ones (each checked to exist).
     */
    static List<Integer> partitions(TopicLayout layout, List<Integer> requested, StartPosition start) {
        if (start instanceof StartPosition.AtOffset at && at.all().isEmpty() && !at.perPartition().isEmpty()) {
            var named = layout.choose(new ArrayList<>(at.perPartition().keySet()));
            if (requested.isEmpty()) {
                return named;
            }
            layout.choose(requested);
            return named.stream().filter(requested::contains).toList();
        }
        return layout.choose(requested);
    }

    /** The first offset to read per chosen partition of the layout, for a forward read. */
    static Map<Integer, Long> resolve(Admin admin, MessageCalls calls, TopicLayout layout, StartPosition start) {
        var starts = new TreeMap<Integer, Long>();
        if (start instanceof StartPosition.Oldest) {
            layout.chosen().forEach(p -> starts.put(p, layout.earliest(p)));
        } else if (start instanceof StartPosition.Live) {
            layout.chosen().forEach(p -> starts.put(p, layout.end(p)));
        } else if (start instanceof StartPosition.Newest newest) {
            layout.chosen().forEach(p -> starts.put(p, Math.max(layout.earliest(p), layout.end(p) - newest.count())));
        } else if (start instanceof StartPosition.AtOffset at) {
            layout.chosen().forEach(p -> starts.put(p, checked(layout, p,
                    at.perPartition().containsKey(p) ? at.perPartition().get(p) : at.all().orElseThrow())));
        } else if (start instanceof StartPosition.AtTime at) {
            var found = TopicLayout.offsets(admin, calls, layout.topic(), layout.chosen(),
                    OffsetSpec.forTimestamp(at.time().toEpochMilli()), "at-" + at.time());
            layout.chosen().forEach(p -> {
                var offset = found.getOrDefault(p, -1L);
                starts.put(p, offset < 0 ? layout.end(p) : Math.max(offset, layout.earliest(p)));
            });
        }
        return starts;
    }

    /** The offset if the partition holds it (its end too: nothing to read yet); refused with the range otherwise. */
    static long checked(TopicLayout layout, int partition, long offset) {
        long earliest = layout.earliest(partition);
        long end = layout.end(partition);
        if (offset >= earliest && offset <= end) {
            return offset;
        }
        if (earliest == end) {
            throw MessageException.invalid("Partition " + partition + " holds no messages (its next offset is "
                    + number(end) + "); " + number(offset) + " is out of range");
        }
        throw MessageException.invalid("Partition " + partition + " holds offsets " + number(earliest) + " to "
                + number(end - 1) + "; " + number(offset) + " is out of range");
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
