package io.pinpipe.emulator;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicAdmin;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Makes sure the three topics exist and take records before a run, so a typo in the prefix fails at once, not
 * after a minute, and a run on topics created a moment ago does not meet leaders that are not serving yet.
 */
public final class RunTopics {

    private RunTopics() {
    }

    /**
     * Creates the missing topics when {@code create} is set, else fails naming them and saying {@code howToCreate}.
     *
     * @return the topics created now
     */
    public static List<String> ensure(ClusterClient client, String prefix, boolean create, String howToCreate) {
        return ensure(client, prefix, create, OptionalInt.empty(), OptionalInt.empty(), howToCreate);
    }

    /** As above, creating topics with these partitions and replication factor (empty: the broker's defaults). */
    public static List<String> ensure(ClusterClient client, String prefix, boolean create, OptionalInt partitions,
                                      OptionalInt replicationFactor, String howToCreate) {
        var admin = TopicAdmin.on(client);
        var where = client.where();
        {
            if (create) {
                return admin.createPipelineTopics(prefix, partitions, replicationFactor).created();
            }
            var existing = admin.topicNames();
            var topics = Arrays.stream(SourceTable.values()).map(table -> table.topic(prefix)).toList();
            var missing = topics.stream().filter(topic -> !existing.contains(topic)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Topic" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + " not found at " + where + ": " + howToCreate);
            }
            admin.awaitWritable(topics);
            return List.of();
        }
    }
}
