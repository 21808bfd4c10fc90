package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Reading groups: the table, one group, a topic's readers, time lag; and the two deletes. */
final class GroupReads {

    private final ClusterClient client;

    GroupReads(ClusterClient client) {
        this.client = client;
    }

    GroupsOverview listGroups(BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("not yet");
    }

    Map<String, TimeLag> timeLags(Collection<String> groupIds, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("not yet");
    }

    GroupDetail describe(String groupId) {
        throw new UnsupportedOperationException("not yet");
    }

    List<TopicReader> readersOf(String topic, BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("not yet");
    }

    void deleteGroup(String groupId) {
        throw new UnsupportedOperationException("not yet");
    }

    void deleteOffsets(String groupId, String topic) {
        throw new UnsupportedOperationException("not yet");
    }
}
