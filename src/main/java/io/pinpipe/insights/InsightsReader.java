package io.pinpipe.insights;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a pipeline's three topics on a {@link ClusterClient} with one assigned consumer: never joins a group, never
 * commits. A connection that drops mid-read is retried (the listener hears the problem) and reading resumes where it
 * stopped.
 */
public final class InsightsReader {

    static final Logger log = LoggerFactory.getLogger(InsightsReader.class);

    private final ClusterClient client;

    private InsightsReader(ClusterClient client) {
        this.client = client;
    }

    public static InsightsReader on(ClusterClient client) {
        return new InsightsReader(client);
    }

    /** The prefixes on the cluster that name a pipeline: those with at least one of .pin, .geo or .user, sorted. */
    public List<String> prefixes() {
        var prefixes = new TreeSet<String>();
        for (var topic : topicNames()) {
            for (var set : DataSet.values()) {
                var suffix = "." + set.suffix();
                if (topic.endsWith(suffix) && topic.length() > suffix.length()) {
                    prefixes.add(topic.substring(0, topic.length() - suffix.length()));
                }
            }
        }
        return List.copyOf(prefixes);
    }

    /**
     * Starts reading. Snapshots go to the listener once at the start, then at most {@code 4} times a second, only when
     * something new was read or the topics' ends moved. A topic of the three that does not exist yet is named to the
     * listener ({@link InsightsListener#problem}) and read from its beginning once it is created.
     *
     * @throws InsightsException NOT_FOUND when the prefix names none of the three topics (the sentence names them)
     */
    public InsightsRun start(PipelineTopics topics, StartAt start, InsightsListener listener) {
        var names = topicNames();
        var present = new EnumMap<DataSet, String>(DataSet.class);
        for (var set : DataSet.values()) {
            if (names.contains(topics.topic(set))) {
                present.put(set, topics.topic(set));
            }
        }
        if (present.isEmpty()) {
            throw new InsightsException(InsightsException.Reason.NOT_FOUND, "No topic " + topics.topic(DataSet.PIN)
                    + ", " + topics.topic(DataSet.GEO) + " or " + topics.topic(DataSet.USER) + " on " + client.where()
                    + ": check the prefix (pinpipe topics list shows the topics).");
        }
        var partitions = partitions(present);
        var consumer = client.consumer("insights", InsightsReader::tune);
        try {
            return InsightsRun.start(consumer, topics, partitions, start, listener, client.where());
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** A large fetch, read-uncommitted as a console consumer: every stored message counts. */
    private static void tune(Properties config) {
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(32 << 20));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 << 20));
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        config.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
    }

    private Map<TopicPartition, DataSet> partitions(Map<DataSet, String> present) {
        var bySet = new java.util.HashMap<String, DataSet>();
        present.forEach((set, topic) -> bySet.put(topic, set));
        Map<String, TopicDescription> described = await("describe " + present.values(),
                client.admin().describeTopics(new ArrayList<>(present.values())).allTopicNames());
        var partitions = new java.util.LinkedHashMap<TopicPartition, DataSet>();
        described.values().stream().sorted(java.util.Comparator.comparing(TopicDescription::name)).forEach(topic ->
                topic.partitions().forEach(p ->
                        partitions.put(new TopicPartition(topic.name(), p.partition()), bySet.get(topic.name()))));
        return partitions;
    }

    private java.util.Set<String> topicNames() {
        return await("list the topics", client.admin().listTopics().names());
    }

    private <T> T await(String action, KafkaFuture<T> future) {
        long started = System.nanoTime();
        try {
            var value = future.get(client.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            log.debug("{} on {}: {} ms", action, client.where(), (System.nanoTime() - started) / 1_000_000);
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsightsException(InsightsException.Reason.INTERRUPTED, "Interrupted while waiting to " + action);
        } catch (TimeoutException e) {
            throw timeout(action);
        } catch (ExecutionException e) {
            throw failure(action, e.getCause());
        }
    }

    private InsightsException timeout(String action) {
        return new InsightsException(InsightsException.Reason.TIMEOUT, "Could not " + action + " on " + client.where()
                + " within " + client.timeout().toSeconds() + " s: is the cluster reachable?");
    }

    private InsightsException failure(String action, Throwable cause) {
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return timeout(action);
        }
        if (cause instanceof AuthorizationException) {
            return new InsightsException(InsightsException.Reason.NOT_AUTHORISED, "Not allowed to " + action + " on "
                    + client.where() + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof AuthenticationException) {
            return new InsightsException(InsightsException.Reason.AUTHENTICATION, "Could not sign in to "
                    + client.where() + " to " + action + ": " + cause.getMessage(), cause);
        }
        return new InsightsException(InsightsException.Reason.BROKER, "Could not " + action + " on " + client.where()
                + ": " + cause.getMessage(), cause);
    }
}
