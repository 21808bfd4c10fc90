package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;

/** Offset resets: planned (the preview) and executed, matching {@code kafka-consumer-groups.sh --reset-offsets}. */
final class GroupResets {

    private final ClusterClient client;
    private final GroupReads reads;

    GroupResets(ClusterClient client, GroupReads reads) {
        this.client = client;
        this.reads = reads;
    }

    ResetPlan plan(String groupId, ResetScope scope, ResetTarget target) {
        throw new UnsupportedOperationException("not yet");
    }

    int execute(ResetPlan plan) {
        throw new UnsupportedOperationException("not yet");
    }
}
