package io.pinpipe.insights;

import io.pinpipe.client.ClusterClient;

import java.util.List;

/**
 * Reads a pipeline's three topics on a {@link ClusterClient} with one assigned consumer: never joins a group, never
 * commits. A connection that drops mid-read is retried (the listener hears the problem) and reading resumes where it
 * stopped.
 */
public final class InsightsReader {

    private InsightsReader(ClusterClient client) {
        throw new UnsupportedOperationException("helper: engine");
    }

    public static InsightsReader on(ClusterClient client) {
        return new InsightsReader(client);
    }

    /** The prefixes on the cluster that name a pipeline: those with at least one of .pin, .geo or .user, sorted. */
    public List<String> prefixes() {
        throw new UnsupportedOperationException("helper: engine");
    }

    /**
     * Starts reading. Snapshots go to the listener at most {@code 4} times a second, only when something new was read.
     *
     * @throws InsightsException NOT_FOUND when the prefix names none of the three topics (the sentence names them)
     */
    public InsightsRun start(PipelineTopics topics, StartAt start, InsightsListener listener) {
        throw new UnsupportedOperationException("helper: engine");
    }
}
