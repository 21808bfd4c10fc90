package io.pinpipe.topics;

import java.util.List;

/** The pipeline's three topics: those this call created and those that already existed. */
public record PipelineTopics(List<String> created, List<String> skipped) {

    public static final List<String> SUFFIXES = List.of("pin", "geo", "user");

    public PipelineTopics {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    static List<String> names(String prefix) {
        return SUFFIXES.stream().map(suffix -> prefix + "." + suffix).toList();
    }
}
