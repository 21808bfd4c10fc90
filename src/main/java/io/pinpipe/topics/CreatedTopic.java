package io.pinpipe.topics;

import java.util.List;
import java.util.Map;

/** A topic the broker created, or would create when {@code validateOnly}; warnings did not stop it. */
public record CreatedTopic(String name, int partitions, int replicationFactor, Map<String, String> configs,
                           boolean validateOnly, List<String> warnings) {

    public CreatedTopic {
        configs = Map.copyOf(configs);
        warnings = List.copyOf(warnings);
    }
}
