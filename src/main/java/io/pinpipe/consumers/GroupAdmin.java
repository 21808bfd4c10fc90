package io.pinpipe.consumers;

import io.pinpipe.client.ClusterClient;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * The consumer groups of one cluster, on that cluster's {@link ClusterClient}: the groups table with lag
 * ({@link GroupReads}), one group in full, a topic's readers, offset resets planned before they run
 * ({@link GroupResets}), and deletes. Every method blocks (call it off the FX thread), logs each request with its
 * duration, never joins a group, and throws {@link GroupException} with a sentence instead of Kafka's exceptions.
 * A full refresh costs a fixed number of round trips, whatever the number of groups: one list, describes batched
 * per coordinator, committed offsets of every group in one request per coordinator, end offsets of every partition
 * in one request per leader.
 */
public final class GroupAdmin implements AutoCloseable {

    private final ClusterClient client;
    private final boolean ownsClient;
    private final GroupReads reads;
    private final GroupResets resets;

    private GroupAdmin(ClusterClient client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.reads = new GroupReads(client);
        this.resets = new GroupResets(client);
    }

    /** On a shared client: closing this leaves the client open. */
    public static GroupAdmin on(ClusterClient client) {
        return new GroupAdmin(client, false);
    }

    /** On a client of its own (the command line, tests), closed with this. */
    public static GroupAdmin connect(Properties clientProperties, String where, Duration timeout) {
        try {
            return new GroupAdmin(ClusterClient.open(clientProperties, where, timeout), true);
        } catch (IllegalArgumentException e) {
            throw new GroupException(GroupException.Reason.INVALID_REQUEST, e.getMessage(), e);
        }
    }

    /** Every group with its state, members, coordinator, topics and total lag; time lag is left "not read yet". */
    public GroupsOverview listGroups(BooleanSupplier cancelled) {
        return reads.listGroups(cancelled);
    }

    /**
     * The lag in time of each named group: reads the timestamp of the next message each group will consume (one
     * fetch per partition with lag, shared between groups at the same offset) and of the newest message.
     */
    public Map<String, TimeLag> timeLags(Collection<String> groupIds, BooleanSupplier cancelled) {
        return reads.timeLags(groupIds, cancelled);
    }

    /** One group in full, time lag included; {@link GroupException.Reason#NOT_FOUND} when it does not exist. */
    public GroupDetail describe(String groupId) {
        return reads.describe(groupId, () -> false);
    }

    /**
     * One group in full, checking {@code cancelled} between its steps and while reading the next messages' timestamps;
     * {@link GroupException.Reason#CANCELLED} when it turns true.
     */
    public GroupDetail describe(String groupId, BooleanSupplier cancelled) {
        return reads.describe(groupId, cancelled);
    }

    /**
     * The group's total lag, light enough to sample every few seconds: its committed offsets and their log ends, two
     * requests (no members, no lag in time); empty when it has no committed offsets. NOT_FOUND when the group is gone.
     */
    public OptionalLong sampleLag(String groupId) {
        return reads.sampleLag(groupId);
    }

    /** The groups that read a topic, with their lag on it, sorted by group id. */
    public List<TopicReader> readersOf(String topic, BooleanSupplier cancelled) {
        return reads.readersOf(topic, cancelled);
    }

    /**
     * What a reset would do; changes nothing. Refuses an unknown group or topic, an active group (naming its
     * members), a date-time in the future; clamps offsets outside the log with a warning, as Kafka's tool does.
     */
    public ResetPlan planReset(String groupId, ResetScope scope, ResetTarget target) {
        return resets.plan(groupId, scope, target);
    }

    /**
     * Commits the plan's target offsets, after checking again that the group has no members.
     *
     * @return the number of partitions whose committed offset was set
     */
    public int execute(ResetPlan plan) {
        return resets.execute(plan);
    }

    /** Deletes the group and its committed offsets; refused while it has members. */
    public void deleteGroup(String groupId) {
        reads.deleteGroup(groupId);
    }

    /** Deletes the group's committed offsets on every partition of one topic; refused while a member reads it. */
    public void deleteOffsets(String groupId, String topic) {
        reads.deleteOffsets(groupId, topic);
    }

    public ClusterClient client() {
        return client;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
