package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** What a cluster says about its topics and itself: names, one topic's detail, the cluster's defaults. */
record TopicReads(ClusterClient client, AdminCalls calls) {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    /** Which of {@code names} the cluster says it does not have; no answer within {@code within} is not "missing". */
    Set<String> missing(Collection<String> names, Duration within) {
        var missing = new TreeSet<String>();
        var described = client.admin().describeTopics(names, new DescribeTopicsOptions().timeoutMs((int) within.toMillis()));
        calls.timed("describeTopics(" + names + ")", described.allTopicNames());
        described.topicNameValues().forEach((name, description) -> {
            try {
                description.get(within.toMillis() + 1_000, TimeUnit.MILLISECONDS);
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

    Set<String> topicNames() {
        return calls.await(Operation.of("list topics"), calls.timed("listTopics(names)",
                client.admin().listTopics(new ListTopicsOptions().listInternal(true)).names()));
    }

    TopicDetail describe(String name) {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        var configs = calls.timed("describeConfigs(" + name + ")",
                client.admin().describeConfigs(List.of(resource)).values().get(resource));
        var description = describeTopic(name);
        var offsets = PartitionOffsets.request(client.admin(), calls, partitions(description));
        return TopicMapping.detail(description, offsets.earliestAnswered(), offsets.latestAnswered(),
                calls.await(Operation.on("describe topic", name), configs));
    }

    ClusterInfo clusterInfo() {
        var operation = Operation.of("describe the cluster");
        var cluster = client.admin().describeCluster();
        var nodes = calls.await(operation, calls.timed("describeCluster", cluster.nodes()));
        var controller = calls.await(operation, cluster.controller());
        var clusterId = Optional.ofNullable(calls.await(operation, cluster.clusterId())).orElse("");
        var defaults = nodes.isEmpty() ? Map.<String, OptionalInt>of() : brokerDefaults(nodes.iterator().next().id());
        return new ClusterInfo(clusterId, nodes.size(),
                controller == null || controller.isEmpty() ? OptionalInt.empty() : OptionalInt.of(controller.id()),
                defaults.getOrDefault("default.replication.factor", OptionalInt.empty()),
                defaults.getOrDefault("num.partitions", OptionalInt.empty()));
    }

    TopicDescription describeTopic(String name) {
        return calls.await(Operation.on("describe topic", name), calls.timed("describeTopics(" + name + ")",
                client.admin().describeTopics(List.of(name)).topicNameValues().get(name)));
    }

    int brokerCount() {
        return calls.await(Operation.of("describe the cluster"),
                calls.timed("describeCluster", client.admin().describeCluster().nodes())).size();
    }

    static List<TopicPartition> partitions(TopicDescription description) {
        return description.partitions().stream().map(p -> new TopicPartition(description.name(), p.partition())).toList();
    }

    private Map<String, OptionalInt> brokerDefaults(int brokerId) {
        var resource = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(brokerId));
        try {
            var config = calls.await(Operation.of("read the broker defaults"), calls.timed("describeConfigs(broker "
                    + brokerId + ")", client.admin().describeConfigs(List.of(resource)).values().get(resource)));
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
}
