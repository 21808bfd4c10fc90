package io.pinpipe.topics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/** A topic to create; empty partitions or replication factor mean the broker's default. */
public record NewTopicRequest(String name, OptionalInt partitions, OptionalInt replicationFactor,
                              Map<String, String> configs) {

    public NewTopicRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(replicationFactor, "replicationFactor");
        configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
    }

    public static NewTopicRequest named(String name) {
        return new NewTopicRequest(name, OptionalInt.empty(), OptionalInt.empty(), Map.of());
    }

    public NewTopicRequest withPartitions(int count) {
        return new NewTopicRequest(name, OptionalInt.of(count), replicationFactor, configs);
    }

    public NewTopicRequest withReplicationFactor(int factor) {
        return new NewTopicRequest(name, partitions, OptionalInt.of(factor), configs);
    }

    public NewTopicRequest withConfig(String key, String value) {
        var more = new LinkedHashMap<>(configs);
        more.put(key, value);
        return new NewTopicRequest(name, partitions, replicationFactor, more);
    }
}
