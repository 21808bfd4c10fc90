package io.pinpipe.consumers;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One partition a group reads: what it committed, where the log ends, and the lag between them.
 *
 * @param committed     the committed offset; empty when the partition is assigned but nothing was committed
 * @param logEnd        the log-end offset as {@code kafka-consumer-groups.sh --describe} reads it (kafka-tools 4.3.1:
 *                      ListOffsets "latest" at READ_UNCOMMITTED, i.e. the high watermark, so the messages of an open
 *                      transaction count), empty when the leader did not answer
 * @param logStart      the earliest offset still in the log, empty when unknown
 * @param lag           {@code logEnd - committed}, never negative; empty when either is unknown or the committed
 *                      offset is past the end
 * @param pastEnd       the committed offset is beyond the log's end (e.g. the topic was recreated): shown as such,
 *                      never as a negative lag
 * @param metadata      the commit's metadata string, "" when none
 * @param memberId      the member the partition is assigned to, empty when unassigned
 * @param clientId      that member's client id, empty when unassigned
 * @param host          that member's host, empty when unassigned
 */
public record PartitionLag(String topic, int partition, OptionalLong committed, OptionalLong logEnd,
                           OptionalLong logStart, OptionalLong lag, boolean pastEnd, String metadata,
                           Optional<String> memberId, Optional<String> clientId, Optional<String> host) {
}
