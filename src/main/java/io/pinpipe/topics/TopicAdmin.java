package io.pinpipe.topics;

import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The one AdminClient of a connection. Every method blocks (call it off the FX thread), logs each request
 * with its duration, and throws {@link TopicException} with a sentence instead of Kafka's exceptions.
 */
public final class TopicAdmin implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    public static final int DEFAULT_PEEK_COUNT = 50;
    public static final int MAX_PEEK_COUNT = 10_000;
    /**
     * Topics per describe request. A broker answers at most 2,000 partitions per response, so a batch of one-partition
     * topics takes one round trip: 10,000 such topics were listed as fast as by one describeTopics of every name (which
     * the client pages by 2,000 partitions too, re-sending the names still to come), where batches of 1,000 took 40 %
     * longer (docs/performance.md, benchmark 4).
     */
    static final int DESCRIBE_BATCH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final Admin admin;
    private final AdminCalls calls;
    private final Properties clientProperties;
    private final String clientId;
    private final int describeBatch;
    private final AtomicInteger peeks = new AtomicInteger();

    private TopicAdmin(Properties clientProperties, String where, Duration timeout, int describeBatch) {
        this.clientProperties = clientProperties;
        this.describeBatch = describeBatch;
        this.clientId = "pinpipe-admin-" + CLIENTS.incrementAndGet();
        this.calls = new AdminCalls(clientId, timeout, new TopicFailures(where, timeout));
        var properties = new Properties();
        properties.putAll(clientProperties);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try {
            this.admin = Admin.create(properties);
        } catch (KafkaException e) {
            throw new TopicException(TopicException.Reason.INVALID_REQUEST, "Cannot set up a client for " + where + ": "
                    + Optional.ofNullable(e.getCause()).orElse(e).getMessage(), e);
        }
    }

    /** @param where the cluster as messages should name it, never a secret (usually the bootstrap) */
    public static TopicAdmin connect(Properties clientProperties, String where) {
        return connect(clientProperties, where, DEFAULT_TIMEOUT);
    }

    public static TopicAdmin connect(Properties clientProperties, String where, Duration timeout) {
        return connect(clientProperties, where, timeout, DESCRIBE_BATCH);
    }

    static TopicAdmin connect(Properties clientProperties, String where, Duration timeout, int describeBatch) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive, not " + timeout);
        }
        return new TopicAdmin(clientProperties, where, timeout, describeBatch);
    }

    /**
     * Lists the topics, then describes them in batches, telling {@code progress} after each batch. A topic
     * whose describe fails is listed with its error; only a failed listing fails the whole call.
     */
    public ListedTopics listTopics(boolean includeInternal, ListingProgress progress, BooleanSupplier cancelled) {
        return new TopicListing(admin, calls, describeBatch).list(includeInternal, progress, cancelled);
    }

    /**
     * Which of {@code names} the cluster says it does not have. A topic it could not answer for in time is not
     * counted missing: this tells a deleted topic from an unreachable broker.
     */
    public Set<String> missing(Collection<String> names) {
        var missing = new TreeSet<String>();
        var described = admin.describeTopics(names);
        calls.timed("describeTopics(" + names + ")", described.allTopicNames());
        described.topicNameValues().forEach((name, description) -> {
            try {
                description.get(calls.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    missing.add(name);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                // No answer is not an answer.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return missing;
    }

    /** The names of all topics, internal ones included: what a new name must not clash with. */
    public Set<String> topicNames() {
        return calls.await(Operation.of("list topics"),
                calls.timed("listTopics(names)", admin.listTopics(new ListTopicsOptions().listInternal(true)).names()));
    }

    /** Partitions with leaders, replicas, ISR and offsets, and every config with its source. */
    public TopicDetail describe(String name) {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        var configs = calls.timed("describeConfigs(" + name + ")", admin.describeConfigs(List.of(resource)).values().get(resource));
        var description = describeTopic(name);
        var offsets = PartitionOffsets.request(admin, calls, partitions(description));
        return TopicMapping.detail(description, offsets.earliestAnswered(), offsets.latestAnswered(),
                calls.await(Operation.on("describe topic", name), configs));
    }

    /** Broker count, controller and the defaults a new topic would get. */
    public ClusterInfo clusterInfo() {
        var operation = Operation.of("describe the cluster");
        var cluster = admin.describeCluster();
        var nodes = calls.await(operation, calls.timed("describeCluster", cluster.nodes()));
        var controller = calls.await(operation, cluster.controller());
        var clusterId = Optional.ofNullable(calls.await(operation, cluster.clusterId())).orElse("");
        var defaults = nodes.isEmpty() ? Map.<String, OptionalInt>of() : brokerDefaults(nodes.iterator().next().id());
        return new ClusterInfo(clusterId, nodes.size(),
                controller == null || controller.isEmpty() ? OptionalInt.empty() : OptionalInt.of(controller.id()),
                defaults.getOrDefault("default.replication.factor", OptionalInt.empty()),
                defaults.getOrDefault("num.partitions", OptionalInt.empty()));
    }

    /** Checks the request locally, then asks the broker to create the topic (or only to validate it). */
    public CreatedTopic create(NewTopicRequest request, boolean validateOnly) {
        // What needs no cluster is judged first: a bad name should not wait out an unreachable broker's timeout.
        var local = RequestCheck.of(request, 0, Set.of());
        if (!local.ok()) {
            throw TopicException.invalid(String.join("; ", local.errors()));
        }
        var check = RequestCheck.of(request, brokerCount(), topicNames());
        if (!check.ok()) {
            throw TopicException.invalid(String.join("; ", check.errors()));
        }
        var name = request.name();
        var operation = Operation.on("create topic", name);
        var result = admin.createTopics(List.of(newTopic(request)), new CreateTopicsOptions().validateOnly(validateOnly));
        calls.await(operation, calls.timed((validateOnly ? "createTopics(validate " : "createTopics(") + name + ")", result.all()));
        var created = new CreatedTopic(name, calls.await(operation, result.numPartitions(name)),
                calls.await(operation, result.replicationFactor(name)), request.configs(), validateOnly, check.warnings());
        if (!validateOnly) {
            log.info("Created topic {} with {} partitions, replication factor {}, configs {}",
                    name, created.partitions(), created.replicationFactor(), request.configs());
            awaitWritable(List.of(name));
        }
        return created;
    }

    /** Creates {@code <prefix>.pin}, {@code .geo} and {@code .user}; the ones that exist are left as they are. */
    public PipelineTopics createPipelineTopics(String prefix, OptionalInt partitions, OptionalInt replicationFactor) {
        if (prefix.isEmpty()) {
            throw TopicException.invalid("The prefix of the pipeline topics cannot be empty");
        }
        var names = PipelineTopics.names(prefix);
        for (var name : names) {
            if (TopicNames.check(name) instanceof NameCheck.Invalid invalid) {
                throw TopicException.invalid("Prefix '" + prefix + "' does not make valid topic names: " + invalid.message());
            }
        }
        var existing = topicNames();
        var brokers = brokerCount();
        var skipped = new ArrayList<>(names.stream().filter(existing::contains).toList());
        var wanted = names.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopicRequest(name, partitions, replicationFactor, Map.of())).toList();
        for (var request : wanted) {
            var check = RequestCheck.of(request, brokers, existing);
            if (!check.ok()) {
                throw TopicException.invalid(String.join("; ", check.errors()));
            }
        }
        var futures = calls.timedEach("createTopics(pipeline " + prefix + ")",
                admin.createTopics(wanted.stream().map(TopicAdmin::newTopic).toList()).values());
        calls.awaitAll(futures.values());
        var created = new ArrayList<String>();
        for (var request : wanted) {
            try {
                calls.await(Operation.on("create topic", request.name()), futures.get(request.name()));
                created.add(request.name());
            } catch (TopicException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                skipped.add(request.name()); // created by someone else since we listed
            }
        }
        log.info("Pipeline topics for prefix {}: created {}, skipped {}", prefix, created, skipped);
        // The ones that were there may be only a moment older than these.
        awaitWritable(names);
        return new PipelineTopics(created, skipped);
    }

    public void delete(String name) {
        calls.await(Operation.on("delete topic", name),
                calls.timed("deleteTopics(" + name + ")", admin.deleteTopics(List.of(name)).all()));
        log.info("Deleted topic {}", name);
    }

    /** Raises the partition count; Kafka cannot lower it, so a smaller or equal total is refused here. */
    public void addPartitions(String name, int newTotal, boolean validateOnly) {
        var current = describeTopic(name).partitions().size();
        if (newTotal <= current) {
            throw TopicException.invalid("Topic '" + name + "' has " + current + (current == 1 ? " partition" : " partitions")
                    + ": the new total must be larger than " + current + ", not " + newTotal);
        }
        calls.await(Operation.on("add partitions to topic", name), calls.timed("createPartitions(" + name + ")",
                admin.createPartitions(Map.of(name, NewPartitions.increaseTo(newTotal)),
                        new CreatePartitionsOptions().validateOnly(validateOnly)).all()));
        if (!validateOnly) {
            log.info("Topic {} now has {} partitions (was {})", name, newTotal, current);
            awaitWritable("Topic " + name + " with " + newTotal + " partitions", List.of(name),
                    described -> described.get(name).partitions().size() == newTotal);
        }
    }

    /** Sets one config of a topic; an empty value removes the override so the broker default applies again. */
    public void alterConfig(String name, String key, String value, boolean validateOnly) {
        TopicConfigRules.problem(key, value).ifPresent(problem -> {
            throw TopicException.invalid(problem);
        });
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        var change = value.isEmpty() ? new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
        calls.await(Operation.on("change the config of topic", name), calls.timed("incrementalAlterConfigs(" + name + ")",
                admin.incrementalAlterConfigs(Map.of(resource, List.of(change)),
                        new AlterConfigsOptions().validateOnly(validateOnly)).all()));
        if (!validateOnly) {
            log.info("Topic {}: {} {}", name, key, value.isEmpty() ? "reverted to its default" : "set to " + value);
        }
    }

    /** The newest {@code count} messages across all partitions, newest first, without joining a group. */
    public List<PeekedMessage> peek(String name, int count, Duration timeout) {
        if (count < 1 || count > MAX_PEEK_COUNT) {
            throw TopicException.invalid("Peek reads 1 to " + MAX_PEEK_COUNT + " messages, not " + count);
        }
        var partitions = partitions(describeTopic(name));
        var offsets = PartitionOffsets.request(admin, calls, partitions);
        var operation = Operation.on("read the offsets of topic", name);
        var ranges = new ArrayList<MessagePeek.Range>();
        for (var partition : partitions) {
            var end = offsets.latest(partition, operation);
            ranges.add(new MessagePeek.Range(partition.partition(), Math.max(offsets.earliest(partition, operation), end - count), end));
        }
        var started = System.nanoTime();
        var messages = new MessagePeek(clientProperties, clientId + "-peek-" + peeks.incrementAndGet())
                .read(name, ranges, count, timeout);
        log.debug("Peek at {} ({} messages) took {} ms", name, messages.size(), AdminCalls.millisSince(started));
        return messages;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        log.debug("Admin client {} closed", clientId);
    }

    private TopicDescription describeTopic(String name) {
        return calls.await(Operation.on("describe topic", name),
                calls.timed("describeTopics(" + name + ")", admin.describeTopics(List.of(name)).topicNameValues().get(name)));
    }

    private int brokerCount() {
        return calls.await(Operation.of("describe the cluster"),
                calls.timed("describeCluster", admin.describeCluster().nodes())).size();
    }

    private Map<String, OptionalInt> brokerDefaults(int brokerId) {
        var resource = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(brokerId));
        try {
            var config = calls.await(Operation.of("read the broker defaults"), calls.timed(
                    "describeConfigs(broker " + brokerId + ")", admin.describeConfigs(List.of(resource)).values().get(resource)));
            var defaults = new HashMap<String, OptionalInt>();
            for (var key : List.of("default.replication.factor", "num.partitions")) {
                var entry = config.get(key);
                defaults.put(key, entry == null || entry.value() == null ? OptionalInt.empty()
                        : OptionalInt.of(Integer.parseInt(entry.value())));
            }
            return defaults;
        } catch (TopicException | NumberFormatException e) {
            // Reading broker configs needs more rights than creating topics; the broker still applies its defaults.
            log.info("Broker defaults not available: {}", e.getMessage());
            return Map.of();
        }
    }

    /**
     * Waits (a few seconds at most) until every partition of these topics takes records: right after a topic is
     * created somewhere, its leaders need a moment. Gives up quietly; the sends then say what is wrong.
     */
    public void awaitWritable(List<String> names) {
        if (!names.isEmpty()) {
            awaitWritable("Topics " + names, names, described -> described.size() == names.size());
        }
    }

    /**
     * Until the topics are described as {@code complete} says and every partition's leader answers for it. A topic
     * is in a broker's metadata a moment before its leader serves it; a record sent in that moment is refused, and
     * an idempotent producer whose next batch lands meanwhile retries the first until its delivery timeout
     * (KAFKA-15591), so a run started at once would hang for two minutes. The leader's answer to ListOffsets closes
     * that moment.
     */
    private void awaitWritable(String change, List<String> names, Predicate<Map<String, TopicDescription>> complete) {
        var timeout = calls.timeout().toMillis();
        calls.awaitMetadata(change, () -> {
            var described = admin.describeTopics(names).allTopicNames().get(timeout, TimeUnit.MILLISECONDS);
            if (!complete.test(described)) {
                return false;
            }
            var latest = new HashMap<TopicPartition, OffsetSpec>();
            described.values().forEach(topic -> partitions(topic).forEach(partition -> latest.put(partition, OffsetSpec.latest())));
            admin.listOffsets(latest).all().get(timeout, TimeUnit.MILLISECONDS);
            return true;
        });
    }

    private static List<TopicPartition> partitions(TopicDescription description) {
        return description.partitions().stream().map(p -> new TopicPartition(description.name(), p.partition())).toList();
    }

    private static NewTopic newTopic(NewTopicRequest request) {
        var partitions = request.partitions();
        var factor = request.replicationFactor();
        return new NewTopic(request.name(),
                partitions.isPresent() ? Optional.of(partitions.getAsInt()) : Optional.empty(),
                factor.isPresent() ? Optional.of((short) factor.getAsInt()) : Optional.empty())
                .configs(request.configs());
    }
}
