package io.pinpipe.consumers;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of the groups table.
 *
 * @param protocol    the partition assignor or protocol the broker reports ("range", "uniform", "connect", ""), for the
 *                    type column next to {@code kind}
 * @param state       the broker's word for the state: Stable, Empty, PreparingRebalance, CompletingRebalance,
 *                    Assigning, Reconciling, Dead, Unknown
 * @param coordinator "host:port (broker N)", empty when the group could not be described
 * @param topics      the topics it has committed offsets on or is assigned, sorted
 * @param totalLag    the sum of its partitions' lag, empty when none is known
 * @param timeLag     filled by {@link GroupAdmin#timeLags}; {@link TimeLag#unknown} "not read yet" in a fresh listing
 * @param internal    an internal group (its id starts with "_", e.g. MSK's {@code __amazon_msk_canary})
 * @param error       why part of this row could not be read (e.g. not authorised to describe it), empty when complete
 * @param partitionsPastEnd how many of its partitions have a committed offset beyond the log's end (e.g. the topic
 *                    was recreated): they count as no lag in {@code totalLag}, so a total of 0 with any of these is
 *                    not "caught up"
 */
public record GroupSummary(String groupId, GroupKind kind, String protocol, String state, int members,
                           Optional<String> coordinator, List<String> topics, OptionalLong totalLag, TimeLag timeLag,
                           boolean internal, Optional<String> error,
                           int partitionsPastEnd) {

    public boolean empty() {
        return members == 0;
    }

    /** Members can be reset or deleted only when none is left (Empty or Dead, no members). */
    public boolean active() {
        return members > 0;
    }

    public GroupSummary withTimeLag(TimeLag lag) {
        return new GroupSummary(groupId, kind, protocol, state, members, coordinator, topics, totalLag, lag, internal, error,
                partitionsPastEnd);
    }
}
