package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicFailures.Operation;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creating, deleting and changing one topic; each change is checked here first and waited for until it shows. */
record TopicChanges(ClusterClient client, AdminCalls calls, TopicReads reads, TopicReadiness readiness) {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    CreatedTopic create(NewTopicRequest request, boolean validateOnly) {
        // What needs no cluster is judged first: a bad name should not wait out an unreachable broker's timeout.
        var local = RequestCheck.of(request, 0, Set.of());
        if (!local.ok()) {
            throw TopicException.invalid(String.join("; ", local.errors()));
        }
        var check = RequestCheck.of(request, reads.brokerCount(), reads.topicNames());
        if (!check.ok()) {
            throw TopicException.invalid(String.join("; ", check.errors()));
        }
        var name = request.name();
        var operation = Operation.on("create topic", name);
        var result = client.admin().createTopics(List.of(newTopic(request)), new CreateTopicsOptions().validateOnly(validateOnly));
        calls.await(operation, calls.timed((validateOnly ? "createTopics(validate " : "createTopics(") + name + ")", result.all()));
        var created = new CreatedTopic(name, calls.await(operation, result.numPartitions(name)),
                calls.await(operation, result.replicationFactor(name)), request.configs(), validateOnly, check.warnings());
        if (!validateOnly) {
            log.info("Created topic {} with {} partitions, replication factor {}, configs {}",
                    name, created.partitions(), created.replicationFactor(), request.configs());
            readiness.awaitWritable(List.of(name));
        }
        return created;
    }

    void delete(String name) {
        calls.await(Operation.on("delete topic", name),
                calls.timed("deleteTopics(" + name + ")", client.admin().deleteTopics(List.of(name)).all()));
        log.info("Deleted topic {}", name);
    }

    /** Kafka cannot lower the partition count, so a smaller or equal total is refused here. */
    void addPartitions(String name, int newTotal, boolean validateOnly) {
        var current = reads.describeTopic(name).partitions().size();
        if (newTotal <= current) {
            throw TopicException.invalid("Topic '" + name + "' has " + current + (current == 1 ? " partition" : " partitions")
                    + ": the new total must be larger than " + current + ", not " + newTotal);
        }
        calls.await(Operation.on("add partitions to topic", name), calls.timed("createPartitions(" + name + ")",
                client.admin().createPartitions(Map.of(name, NewPartitions.increaseTo(newTotal)),
                        new CreatePartitionsOptions().validateOnly(validateOnly)).all()));
        if (!validateOnly) {
            log.info("Topic {} now has {} partitions (was {})", name, newTotal, current);
            readiness.awaitWritable("Topic " + name + " with " + newTotal + " partitions", List.of(name),
                    described -> described.get(name).partitions().size() == newTotal);
        }
    }

    /** An empty value removes the override so the broker default applies again. */
    void alterConfig(String name, String key, String value, boolean validateOnly) {
        TopicConfigRules.problem(key, value).ifPresent(problem -> {
            throw TopicException.invalid(problem);
        });
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        var change = value.isEmpty() ? new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
        calls.await(Operation.on("change the config of topic", name), calls.timed("incrementalAlterConfigs(" + name + ")",
                client.admin().incrementalAlterConfigs(Map.of(resource, List.of(change)),
                        new AlterConfigsOptions().validateOnly(validateOnly)).all()));
        if (!validateOnly) {
            log.info("Topic {}: {} {}", name, key, value.isEmpty() ? "reverted to its default" : "set to " + value);
        }
    }

    static NewTopic newTopic(NewTopicRequest request) {
        var partitions = request.partitions();
        var factor = request.replicationFactor();
        return new NewTopic(request.name(),
                partitions.isPresent() ? Optional.of(partitions.getAsInt()) : Optional.empty(),
                factor.isPresent() ? Optional.of((short) factor.getAsInt()) : Optional.empty())
                .configs(request.configs());
    }
}
