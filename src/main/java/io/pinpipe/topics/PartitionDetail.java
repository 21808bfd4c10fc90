package io.pinpipe.topics;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A partition as the detail view shows it; no leader means offline, no offsets means the leader did not answer. */
public record PartitionDetail(int partition, OptionalInt leader, List<Integer> replicas, List<Integer> isr,
                              OptionalLong earliestOffset, OptionalLong latestOffset) {

    public PartitionDetail {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    public boolean underReplicated() {
        return isr.size() < replicas.size();
    }

    /** Latest minus earliest: exact for plain topics, an upper bound when compacted or transactional. */
    public OptionalLong messageCount() {
        if (earliestOffset.isEmpty() || latestOffset.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(latestOffset.getAsLong() - earliestOffset.getAsLong());
    }
}
