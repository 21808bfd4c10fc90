package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The topics of one cluster, on that cluster's {@link ClusterClient}: listing ({@link TopicListing}), reading
 * ({@link TopicReads}), changes ({@link TopicChanges}), pipeline topics ({@link PipelineSetup}) and peeking
 * ({@link TopicPeek}). Every method blocks (call it off the FX thread), logs each request with its duration, and
 * throws {@link TopicException} with a sentence instead of Kafka's exceptions.
 */
public final class TopicAdmin implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = ClusterClient.DEFAULT_TIMEOUT;
    public static final int DEFAULT_PEEK_COUNT = 50;
    public static final int MAX_PEEK_COUNT = 10_000;
    /**
     * Topics per describe request. A broker answers at most 2,000 partitions per response, so a batch of one-partition
     * topics takes one round trip: 10,000 such topics were listed as fast as by one describeTopics of every name (which
     * the client pages by 2,000 partitions too, re-sending the names still to come), where batches of 1,000 took 40 %
     * longer (docs/performance.md, benchmark 4).
     */
    static final int DESCRIBE_BATCH = 2_000;

    private final ClusterClient client;
    private final boolean ownsClient;
    private final AdminCalls calls;
    private final int describeBatch;
    private final TopicReads reads;
    private final TopicReadiness readiness;
    private final TopicChanges changes;

    private TopicAdmin(ClusterClient client, boolean ownsClient, int describeBatch) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.describeBatch = describeBatch;
        this.calls = new AdminCalls(client.clientId(), client.timeout(), new TopicFailures(client.where(), client.timeout()));
        this.reads = new TopicReads(client, calls);
        this.readiness = new TopicReadiness(client, calls);
        this.changes = new TopicChanges(client, calls, reads, readiness);
    }

    /** On a shared client: closing this leaves the client open. */
    public static TopicAdmin on(ClusterClient client) {
        return new TopicAdmin(client, false, DESCRIBE_BATCH);
    }

    /** On a client of its own (the command line, tests), closed with this. */
    public static TopicAdmin connect(Properties clientProperties, String where) {
        return connect(clientProperties, where, DEFAULT_TIMEOUT);
    }

    /** @param where the cluster as messages should name it, never a secret (usually the bootstrap) */
    public static TopicAdmin connect(Properties clientProperties, String where, Duration timeout) {
        return connect(clientProperties, where, timeout, DESCRIBE_BATCH);
    }

    static TopicAdmin connect(Properties clientProperties, String where, Duration timeout, int describeBatch) {
        try {
            return new TopicAdmin(ClusterClient.open(clientProperties, where, timeout), true, describeBatch);
        } catch (IllegalArgumentException e) {
            throw new TopicException(TopicException.Reason.INVALID_REQUEST, e.getMessage(), e);
        }
    }

    /**
     * Lists the topics, then describes them, telling {@code progress} as they come. A topic whose describe fails is
     * listed with its error; only a failed listing fails the whole call.
     */
    public ListedTopics listTopics(boolean includeInternal, ListingProgress progress, BooleanSupplier cancelled) {
        return new TopicListing(client.admin(), calls, describeBatch).list(includeInternal, progress, cancelled);
    }

    /** Which of {@code names} the cluster says it does not have; a topic it could not answer for is not missing. */
    public Set<String> missing(Collection<String> names) {
        return reads.missing(names, client.timeout());
    }

    /** The same, giving up on an answer after {@code within}: for a watch that asks every few seconds. */
    public Set<String> missing(Collection<String> names, Duration within) {
        return reads.missing(names, within);
    }

    /** The names of all topics, internal ones included: what a new name must not clash with. */
    public Set<String> topicNames() {
        return reads.topicNames();
    }

    /** Partitions with leaders, replicas, ISR and offsets, and every config with its source. */
    public TopicDetail describe(String name) {
        return reads.describe(name);
    }

    /** Broker count, controller and the defaults a new topic would get. */
    public ClusterInfo clusterInfo() {
        return reads.clusterInfo();
    }

    /** Checks the request locally, then asks the broker to create the topic (or only to validate it). */
    public CreatedTopic create(NewTopicRequest request, boolean validateOnly) {
        return changes.create(request, validateOnly);
    }

    /** Creates {@code <prefix>.pin}, {@code .geo} and {@code .user}; the ones that exist are left as they are. */
    public PipelineTopics createPipelineTopics(String prefix, OptionalInt partitions, OptionalInt replicationFactor) {
        return new PipelineSetup(client, calls, reads, readiness).create(prefix, partitions, replicationFactor);
    }

    public void delete(String name) {
        changes.delete(name);
    }

    /** Raises the partition count; Kafka cannot lower it, so a smaller or equal total is refused here. */
    public void addPartitions(String name, int newTotal, boolean validateOnly) {
        changes.addPartitions(name, newTotal, validateOnly);
    }

    /** Sets one config of a topic; an empty value removes the override so the broker default applies again. */
    public void alterConfig(String name, String key, String value, boolean validateOnly) {
        changes.alterConfig(name, key, value, validateOnly);
    }

    /** The newest {@code count} messages across all partitions, newest first, without joining a group. */
    public List<PeekedMessage> peek(String name, int count, Duration timeout) {
        return new TopicPeek(client, calls, reads).peek(name, count, timeout);
    }

    /** Waits (a few seconds at most) until every partition of these topics takes records. */
    public void awaitWritable(List<String> names) {
        readiness.awaitWritable(names);
    }

    /** Closes the client only if this admin made it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
