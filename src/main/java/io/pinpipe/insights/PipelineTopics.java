package io.pinpipe.insights;

import java.util.Objects;

/** A pipeline's three topics, named by their prefix: {@code <prefix>.pin}, {@code <prefix>.geo}, {@code <prefix>.user}. */
public record PipelineTopics(String prefix) {

    public PipelineTopics {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) {
            throw new InsightsException(InsightsException.Reason.INVALID_REQUEST, "Give the pipeline's topic prefix.");
        }
    }

    public String topic(DataSet set) {
        return prefix + "." + set.suffix();
    }
}
