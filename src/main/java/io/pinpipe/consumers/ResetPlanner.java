package io.pinpipe.consumers;

import io.pinpipe.consumers.GroupException.Reason;
import io.pinpipe.consumers.ResetTarget.ByDuration;
import io.pinpipe.consumers.ResetTarget.FromFile;
import io.pinpipe.consumers.ResetTarget.FromGroup;
import io.pinpipe.consumers.ResetTarget.ShiftBy;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import io.pinpipe.consumers.ResetTarget.ToLatest;
import io.pinpipe.consumers.ResetTarget.ToOffset;
import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes the rows of a reset plan the way {@code kafka-consumer-groups.sh --reset-offsets} does: earliest and
 * latest as the log says; an offset, a shift and a file's or another group's offsets clamped into
 * {@code [log start, log end]}; a time to the first offset at or after it, or the log end when no message is that
 * recent. Refuses what the tool would refuse (a shift where nothing is committed) and what it would silently accept
 * but a person would not mean (a negative offset, a time in the future).
 */
final class ResetPlanner {

    /** The rows and the sentences to show with them. */
    record Planned(List<ResetPlan.Row> rows, List<String> warnings) { }

    private final OffsetLookup lookup;
    private final PartitionCatalog catalog;
    private final Clock clock;

    ResetPlanner(OffsetLookup lookup, PartitionCatalog catalog, Clock clock) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Refuses bad input before anything is asked of the cluster. */
    void validate(ResetTarget target) {
        var now = clock.instant();
        if (target instanceof ToOffset to && to.offset() < 0) {
            throw invalid("The offset " + to.offset() + " is negative: offsets start at 0");
        }
        if (target instanceof ToDateTime to && to.at().isAfter(now)) {
            throw invalid("The date-time " + to.at() + " is in the future (it is now " + now
                    + "): no message can be that recent");
        }
        if (target instanceof ByDuration by && by.ago().isNegative()) {
            throw invalid("The duration " + by.ago() + " is negative: it would be a time in the future");
        }
        if (target instanceof FromFile file && file.lines().isEmpty()) {
            throw invalid("The file has no offsets");
        }
    }

    Planned plan(String groupId, Map<TopicPartition, Long> committed, ResetScope scope, ResetTarget target) {
        var warnings = new ArrayList<String>();
        var requested = requested(groupId, committed, scope, target, warnings);
        if (requested.isEmpty()) {
            throw invalid("Nothing to reset: no partition of the chosen scope has an offset to set"
                    + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"));
        }
        // Only the targets that can fall outside the log need its range: earliest, latest and time offsets are in it.
        var clamps = clamps(target);
        var start = clamps ? lookup.earliest(requested.keySet()) : Map.<TopicPartition, Long>of();
        var end = clamps ? lookup.latest(requested.keySet()) : Map.<TopicPartition, Long>of();
        var rows = new ArrayList<ResetPlan.Row>();
        requested.forEach((partition, asked) -> {
            long target0 = asked;
            var clamped = false;
            if (clamps) {
                long low = start.get(partition);
                long high = end.get(partition);
                target0 = asked > high ? high : Math.max(asked, low);
                clamped = target0 != asked;
                if (clamped) {
                    warnings.add(name(partition) + ": the offset " + asked + " is outside the log (" + low + " to "
                            + high + "); set to " + target0);
                }
            }
            var current = committed.containsKey(partition) ? OptionalLong.of(committed.get(partition)) : OptionalLong.empty();
            if (current.isEmpty()) {
                warnings.add(name(partition) + ": the group has no committed offset there yet");
            }
            rows.add(new ResetPlan.Row(partition.topic(), partition.partition(), current, target0, clamped));
        });
        return new Planned(List.copyOf(rows), List.copyOf(warnings));
    }

    /** The offset asked for each partition, sorted by topic and partition, before clamping. */
    private Map<TopicPartition, Long> requested(String groupId, Map<TopicPartition, Long> committed, ResetScope scope,
                                                ResetTarget target, List<String> warnings) {
        if (target instanceof FromFile file) {
            return new FileOffsets(catalog, scope).requested(groupId, file.lines(), warnings);
        }
        var partitions = scope.everyTopic() ? committedPartitions(groupId, committed, warnings) : catalog.resolve(scope);
        var requested = new TreeMap<TopicPartition, Long>(GroupResets.BY_TOPIC_AND_PARTITION);
        if (target instanceof ToEarliest) {
            requested.putAll(lookup.earliest(partitions));
        } else if (target instanceof ToLatest) {
            requested.putAll(lookup.latest(partitions));
        } else if (target instanceof ToOffset to) {
            partitions.forEach(partition -> requested.put(partition, to.offset()));
        } else if (target instanceof ToDateTime to) {
            requested.putAll(atTime(partitions, to.at(), warnings));
        } else if (target instanceof ByDuration by) {
            requested.putAll(atTime(partitions, clock.instant().minus(by.ago()), warnings));
        } else if (target instanceof ShiftBy shift) {
            var uncommitted = partitions.stream().filter(p -> !committed.containsKey(p)).toList();
            if (!uncommitted.isEmpty()) {
                throw invalid("Cannot shift " + names(uncommitted) + ": the group has no committed offset there;"
                        + " choose the partitions it has read, or another kind of reset");
            }
            partitions.forEach(partition -> requested.put(partition, shifted(committed.get(partition), shift.by())));
        } else if (target instanceof FromGroup from) {
            requested.putAll(fromGroup(from.groupId(), partitions, warnings));
        }
        return requested;
    }

    /**
     * The partitions the group has committed offsets on that still exist; those of a deleted topic (or a partition
     * the topic no longer has) are named in a warning and left out, as the lines of a file are.
     */
    private List<TopicPartition> committedPartitions(String groupId, Map<TopicPartition, Long> committed,
                                                     List<String> warnings) {
        if (committed.isEmpty()) {
            throw invalid("Group '" + groupId + "' has no committed offsets: name the topics to reset");
        }
        var existing = catalog.partitionsOf(committed.keySet().stream().map(TopicPartition::topic).distinct().toList());
        var partitions = new ArrayList<TopicPartition>();
        committed.keySet().stream().sorted(GroupResets.BY_TOPIC_AND_PARTITION).forEach(partition -> {
            var known = existing.get(partition.topic());
            if (known == null) {
                warnings.add(name(partition) + ": the group has an offset there but the topic does not exist; left out");
            } else if (!known.contains(partition.partition())) {
                warnings.add(name(partition) + ": the group has an offset there but the topic has no such partition;"
                        + " left out");
            } else {
                partitions.add(partition);
            }
        });
        return partitions;
    }

    /** The committed offset moved by the shift, held at the ends of the number line rather than wrapping round. */
    static long shifted(long committed, long by) {
        try {
            return Math.addExact(committed, by);
        } catch (ArithmeticException overflow) {
            return by > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private Map<TopicPartition, Long> atTime(List<TopicPartition> partitions, Instant at, List<String> warnings) {
        var found = new TreeMap<TopicPartition, Long>(GroupResets.BY_TOPIC_AND_PARTITION);
        found.putAll(lookup.at(partitions, at.toEpochMilli()));
        var none = found.entrySet().stream().filter(e -> e.getValue() == OffsetLookup.NO_OFFSET)
                .map(Map.Entry::getKey).toList();
        if (!none.isEmpty()) {
            // As the tool does: no message that recent means the log end.
            var ends = lookup.latest(none);
            none.forEach(partition -> {
                found.put(partition, ends.get(partition));
                warnings.add(name(partition) + ": no message at or after " + at + "; set to the end of the log ("
                        + ends.get(partition) + ")");
            });
        }
        return found;
    }

    private Map<TopicPartition, Long> fromGroup(String source, List<TopicPartition> partitions, List<String> warnings) {
        var theirs = lookup.committed(source);
        if (theirs.isEmpty()) {
            throw new GroupException(Reason.NOT_FOUND, "Group '" + source + "' has no committed offsets to copy");
        }
        var copied = new TreeMap<TopicPartition, Long>(GroupResets.BY_TOPIC_AND_PARTITION);
        for (var partition : partitions) {
            if (theirs.containsKey(partition)) {
                copied.put(partition, theirs.get(partition));
            } else {
                warnings.add(name(partition) + ": group '" + source + "' has no committed offset there; left as it is");
            }
        }
        return copied;
    }

    private static boolean clamps(ResetTarget target) {
        return target instanceof ToOffset || target instanceof ShiftBy || target instanceof FromGroup
                || target instanceof FromFile;
    }

    static String name(TopicPartition partition) {
        return partition.topic() + "-" + partition.partition();
    }

    private static String names(List<TopicPartition> partitions) {
        return partitions.stream().map(ResetPlanner::name).collect(Collectors.joining(", "));
    }

    static GroupException invalid(String sentence) {
        return new GroupException(Reason.INVALID_REQUEST, sentence);
    }
}
