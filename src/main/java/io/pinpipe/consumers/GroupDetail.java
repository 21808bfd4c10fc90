package io.pinpipe.consumers;

import java.time.Instant;
import java.util.List;

/** One group in full: its row, members, every partition it reads with lag, and the lag per topic. */
public record GroupDetail(GroupSummary summary, List<GroupMember> members, List<PartitionLag> partitions,
                          List<TopicLag> topics, Instant readAt) {
}
