package io.pinpipe.topics;

import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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
    /** Topics per describe request: 10,000 topics show progress ten times and cost about what one request would. */
    static final int DESCRIBE_BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    /** The admin client gives up at the timeout; the grace only guards against it not doing so. */
    private static final long GRACE_MILLIS = 5_000;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final Duration VISIBLE_POLL = Duration.ofMillis(50);

    private final Admin admin;
    private final Properties clientProperties;
    private final String clientId;
    private final Duration timeout;
    private final TopicFailures failures;
    private final int describeBatch;
    private final AtomicInteger peeks = new AtomicInteger();

    private TopicAdmin(Properties clientProperties, String where, Duration timeout, int describeBatch) {
        this.clientProperties = clientProperties;
        this.describeBatch = describeBatch;
        this.clientId = "pinpipe-admin-" + CLIENTS.incrementAndGet();
        this.timeout = timeout;
        this.failures = new TopicFailures(where, timeout);
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
        var listings = await(Operation.of("list topics"),
                timed("listTopics", admin.listTopics(new ListTopicsOptions().listInternal(includeInternal)).namesToListings()));
        var names = new ArrayList<>(new TreeMap<>(listings).keySet());
        var batches = new ArrayList<List<String>>();
        for (var start = 0; start < names.size(); start += describeBatch) {
            batches.add(names.subList(start, Math.min(names.size(), start + describeBatch)));
        }
        var summaries = new ArrayList<TopicSummary>(names.size());
        var next = batches.isEmpty() ? Map.<String, KafkaFuture<TopicDescription>>of() : describeAll(batches.get(0));
        for (var i = 0; i < batches.size(); i++) {
            if (cancelled.getAsBoolean()) {
                log.debug("Listing cancelled after {} of {} topics", summaries.size(), names.size());
                return new ListedTopics(summaries, names.size(), false);
            }
            var current = next;
            // One batch ahead in flight, so the broker works while this one is mapped and shown.
            next = i + 1 < batches.size() ? describeAll(batches.get(i + 1)) : Map.of();
            var described = summaries(batches.get(i), current, name -> listings.get(name).isInternal());
            summaries.addAll(described);
            progress.described(described, summaries.size(), names.size());
        }
        return new ListedTopics(summaries, names.size(), true);
    }

    private Map<String, KafkaFuture<TopicDescription>> describeAll(List<String> batch) {
        return timedEach("describeTopics(" + batch.size() + " topics from " + batch.get(0) + ")",
                admin.describeTopics(batch).topicNameValues());
    }

    private List<TopicSummary> summaries(List<String> batch, Map<String, KafkaFuture<TopicDescription>> futures,
                                         Predicate<String> internal) {
        awaitQuietly(KafkaFuture.allOf(futures.values().toArray(KafkaFuture[]::new)));
        return batch.stream().map(name -> {
            var future = futures.get(name);
            var operation = Operation.on("describe topic", name);
            try {
                return future.isDone() ? TopicMapping.summary(future.get())
                        : TopicSummary.failed(name, internal.test(name), failures.timedOut(operation, null).getMessage());
            } catch (ExecutionException e) {
                return TopicSummary.failed(name, internal.test(name), failures.describe(e, operation).getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failures.describe(e, Operation.of("list topics"));
            }
        }).toList();
    }

    /** Partitions with leaders, replicas, ISR and offsets, and every config with its source. */
    public TopicDetail describe(String name) {
        var operation = Operation.on("describe topic", name);
        var configResource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        var configs = timed("describeConfigs(" + name + ")", admin.describeConfigs(List.of(configResource)).values().get(configResource));
        var description = describeTopic(name);
        var partitions = description.partitions().stream().map(p -> new TopicPartition(name, p.partition())).toList();
        var earliest = offsets(partitions, OffsetSpec.earliest(), "earliest");
        var latest = offsets(partitions, OffsetSpec.latest(), "latest");
        return TopicMapping.detail(description, collect(earliest), collect(latest), await(operation, configs));
    }

    /** Broker count, controller and the defaults a new topic would get. */
    public ClusterInfo clusterInfo() {
        var operation = Operation.of("describe the cluster");
        var cluster = admin.describeCluster();
        var nodes = await(operation, timed("describeCluster", cluster.nodes()));
        var controller = await(operation, cluster.controller());
        var clusterId = Optional.ofNullable(await(operation, cluster.clusterId())).orElse("");
        var defaults = brokerDefaults(nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.iterator().next().id()));
        return new ClusterInfo(clusterId, nodes.size(),
                controller == null || controller.isEmpty() ? OptionalInt.empty() : OptionalInt.of(controller.id()),
                defaults.getOrDefault("default.replication.factor", OptionalInt.empty()),
                defaults.getOrDefault("num.partitions", OptionalInt.empty()));
    }

    private Map<String, OptionalInt> brokerDefaults(Optional<Integer> brokerId) {
        if (brokerId.isEmpty()) {
            return Map.of();
        }
        var resource = new ConfigResource(ConfigResource.Type.BROKER, brokerId.get().toString());
        try {
            var config = await(Operation.of("read the broker defaults"),
                    timed("describeConfigs(broker " + brokerId.get() + ")", admin.describeConfigs(List.of(resource)).values().get(resource)));
            var defaults = new HashMap<String, OptionalInt>();
            for (var key : List.of("default.replication.factor", "num.partitions")) {
                var entry = config.get(key);
                defaults.put(key, entry == null || entry.value() == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(entry.value())));
            }
            return defaults;
        } catch (TopicException | NumberFormatException e) {
            // Reading broker configs needs more rights than creating topics; the broker still applies its defaults.
            log.info("Broker defaults not available: {}", e.getMessage());
            return Map.of();
        }
    }

    /** The names of all topics, internal ones included: what a new name must not clash with. */
    public Set<String> topicNames() {
        return await(Operation.of("list topics"),
                timed("listTopics(names)", admin.listTopics(new ListTopicsOptions().listInternal(true)).names()));
    }

    /** Checks the request locally, then asks the broker to create the topic (or only to validate it). */
    public CreatedTopic create(NewTopicRequest request, boolean validateOnly) {
        var check = RequestCheck.of(request, brokerCount(), topicNames());
        if (!check.ok()) {
            throw TopicException.invalid(String.join("; ", check.errors()));
        }
        var name = request.name();
        var operation = Operation.on("create topic", name);
        var newTopic = new NewTopic(name, boxed(request.partitions()),
                boxed(request.replicationFactor()).map(Integer::shortValue)).configs(request.configs());
        var result = admin.createTopics(List.of(newTopic), new CreateTopicsOptions().validateOnly(validateOnly));
        await(operation, timed((validateOnly ? "createTopics(validate " : "createTopics(") + name + ")", result.all()));
        var created = new CreatedTopic(name, await(operation, result.numPartitions(name)),
                await(operation, result.replicationFactor(name)), request.configs(), validateOnly, check.warnings());
        if (!validateOnly) {
            log.info("Created topic {} with {} partitions, replication factor {}, configs {}",
                    name, created.partitions(), created.replicationFactor(), request.configs());
            awaitVisible(List.of(name));
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
        var result = admin.createTopics(wanted.stream().map(request -> new NewTopic(request.name(),
                boxed(partitions), boxed(replicationFactor).map(Integer::shortValue))).toList());
        var futures = timedEach("createTopics(pipeline " + prefix + ")", result.values());
        awaitQuietly(KafkaFuture.allOf(futures.values().toArray(KafkaFuture[]::new)));
        var created = new ArrayList<String>();
        for (var request : wanted) {
            try {
                await(Operation.on("create topic", request.name()), futures.get(request.name()));
                created.add(request.name());
            } catch (TopicException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                skipped.add(request.name()); // created by someone else since we listed
            }
        }
        log.info("Pipeline topics for prefix {}: created {}, skipped {}", prefix, created, skipped);
        awaitVisible(created);
        return new PipelineTopics(created, skipped);
    }

    public void delete(String name) {
        await(Operation.on("delete topic", name), timed("deleteTopics(" + name + ")", admin.deleteTopics(List.of(name)).all()));
        log.info("Deleted topic {}", name);
    }

    /** Raises the partition count; Kafka cannot lower it, so a smaller or equal total is refused here. */
    public void addPartitions(String name, int newTotal, boolean validateOnly) {
        var current = describeTopic(name).partitions().size();
        if (newTotal <= current) {
            throw TopicException.invalid("Topic '" + name + "' has " + current + (current == 1 ? " partition" : " partitions")
                    + ": the new total must be larger than " + current + ", not " + newTotal);
        }
        await(Operation.on("add partitions to topic", name), timed("createPartitions(" + name + ")",
                admin.createPartitions(Map.of(name, NewPartitions.increaseTo(newTotal)),
                        new CreatePartitionsOptions().validateOnly(validateOnly)).all()));
        if (!validateOnly) {
            log.info("Topic {} now has {} partitions (was {})", name, newTotal, current);
            awaitMetadata("Topic " + name + " with " + newTotal + " partitions",
                    () -> admin.describeTopics(List.of(name)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .get(name).partitions().size() == newTotal);
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
        await(Operation.on("change the config of topic", name), timed("incrementalAlterConfigs(" + name + ")",
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
        var partitions = describeTopic(name).partitions().stream().map(p -> new TopicPartition(name, p.partition())).toList();
        var earliest = offsets(partitions, OffsetSpec.earliest(), "earliest");
        var latest = offsets(partitions, OffsetSpec.latest(), "latest");
        var operation = Operation.on("read the offsets of topic", name);
        var ranges = new ArrayList<MessagePeek.Range>();
        for (var partition : partitions) {
            var start = await(operation, earliest.get(partition)).offset();
            var end = await(operation, latest.get(partition)).offset();
            ranges.add(new MessagePeek.Range(partition.partition(), Math.max(start, end - count), end));
        }
        var started = System.nanoTime();
        var messages = new MessagePeek(clientProperties, clientId + "-peek-" + peeks.incrementAndGet())
                .read(name, ranges, count, timeout);
        log.debug("Peek at {} ({} messages) took {} ms", name, messages.size(), millisSince(started));
        return messages;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        log.debug("Admin client {} closed", clientId);
    }

    /**
     * The controller confirms a change before the brokers' metadata has it; waiting here means a describe,
     * peek or produce straight afterwards sees it. Gives up quietly: the change is made either way.
     */
    private void awaitVisible(List<String> names) {
        if (!names.isEmpty()) {
            awaitMetadata("Topics " + names, () -> admin.describeTopics(names).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).size() == names.size());
        }
    }

    private void awaitMetadata(String change, Callable<Boolean> visible) {
        var deadline = System.nanoTime() + Math.min(timeout.toNanos(), VISIBLE_WITHIN.toNanos());
        while (System.nanoTime() < deadline) {
            try {
                if (visible.call()) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                return;
            }
            LockSupport.parkNanos(VISIBLE_POLL.toNanos());
        }
        log.info("{}: done, but not yet in the brokers' metadata", change);
    }

    private TopicDescription describeTopic(String name) {
        return await(Operation.on("describe topic", name),
                timed("describeTopics(" + name + ")", admin.describeTopics(List.of(name)).topicNameValues().get(name)));
    }

    private int brokerCount() {
        return await(Operation.of("describe the cluster"), timed("describeCluster", admin.describeCluster().nodes())).size();
    }

    private Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> offsets(
            Collection<TopicPartition> partitions, OffsetSpec spec, String which) {
        var request = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> request.put(partition, spec));
        var result = admin.listOffsets(request);
        var futures = new HashMap<TopicPartition, KafkaFuture<ListOffsetsResultInfo>>();
        partitions.forEach(partition -> futures.put(partition, result.partitionResult(partition)));
        timed("listOffsets(" + which + ", " + partitions.size() + " partitions)", result.all());
        return futures;
    }

    /** The offsets that came back; a partition whose leader did not answer is simply absent. */
    private Map<Integer, ListOffsetsResultInfo> collect(Map<TopicPartition, KafkaFuture<ListOffsetsResultInfo>> futures) {
        awaitQuietly(KafkaFuture.allOf(futures.values().toArray(KafkaFuture[]::new)));
        var offsets = new HashMap<Integer, ListOffsetsResultInfo>();
        for (var entry : futures.entrySet()) {
            var future = entry.getValue();
            if (future.isDone() && !future.isCompletedExceptionally()) {
                offsets.put(entry.getKey().partition(), await(Operation.of("read offsets"), future));
            }
        }
        return offsets;
    }

    private <T> T await(Operation operation, KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw failures.describe(e.getCause(), operation);
        } catch (java.util.concurrent.TimeoutException e) {
            throw failures.timedOut(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.describe(e, operation);
        }
    }

    /** Waits for a combined future whose parts are then read one by one, each with its own outcome. */
    private void awaitQuietly(KafkaFuture<Void> all) {
        try {
            all.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            // Each part's own failure is reported by whoever reads it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicException(TopicException.Reason.INTERRUPTED, "Interrupted while waiting for the cluster", e);
        }
    }

    private <T> KafkaFuture<T> timed(String call, KafkaFuture<T> future) {
        var started = System.nanoTime();
        future.whenComplete((value, error) -> {
            if (error == null) {
                log.debug("{} {} took {} ms", clientId, call, millisSince(started));
            } else {
                log.debug("{} {} failed after {} ms: {}", clientId, call, millisSince(started), error.toString());
            }
        });
        return future;
    }

    private <K, T> Map<K, KafkaFuture<T>> timedEach(String call, Map<K, KafkaFuture<T>> futures) {
        timed(call, KafkaFuture.allOf(futures.values().toArray(KafkaFuture[]::new)));
        return futures;
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
