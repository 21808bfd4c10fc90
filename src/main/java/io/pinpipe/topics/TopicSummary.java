package io.pinpipe.topics;

import java.util.Optional;

/** One row of the topic table. A topic whose describe failed keeps its name and says why in {@code error}. */
public record TopicSummary(String name, int partitions, int replicationFactor, int underReplicatedPartitions,
                           boolean internal, Optional<String> error) {

    static TopicSummary failed(String name, boolean internal, String error) {
        return new TopicSummary(name, 0, 0, 0, internal, Optional.of(error));
    }

    public boolean failed() {
        return error.isPresent();
    }
}
