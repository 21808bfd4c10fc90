package io.pinpipe.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pinpipe.topics.CreatedTopic;
import io.pinpipe.topics.PartitionDetail;
import io.pinpipe.topics.PeekedMessage;
import io.pinpipe.topics.PipelineTopics;
import io.pinpipe.topics.TopicConfigValue;
import io.pinpipe.topics.TopicDetail;
import io.pinpipe.topics.TopicSummary;
import io.pinpipe.topics.ValueKind;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code --json} output of {@code pinpipe topics}: field names written out here, so renaming a Java
 * record never breaks a script. Missing values are JSON null.
 */
final class TopicJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopicJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode topics(List<TopicSummary> topics, int total, boolean complete) {
        var root = object();
        var array = root.putArray("topics");
        for (var topic : topics) {
            var node = array.addObject()
                    .put("name", topic.name())
                    .put("partitions", topic.partitions())
                    .put("replicationFactor", topic.replicationFactor())
                    .put("underReplicatedPartitions", topic.underReplicatedPartitions())
                    .put("internal", topic.internal());
            node.put("error", topic.error().orElse(null));
        }
        root.put("total", total).put("complete", complete);
        return root;
    }

    static ObjectNode detail(TopicDetail detail) {
        var root = object()
                .put("name", detail.name())
                .put("id", detail.id())
                .put("internal", detail.internal())
                .put("replicationFactor", detail.replicationFactor())
                .put("underReplicatedPartitions", detail.underReplicatedPartitions());
        var partitions = root.putArray("partitions");
        detail.partitions().forEach(partition -> partition(partitions.addObject(), partition));
        var configs = root.putArray("configs");
        detail.configs().forEach(config -> config(configs.addObject(), config));
        return root;
    }

    private static void partition(ObjectNode node, PartitionDetail partition) {
        node.put("partition", partition.partition());
        put(node, "leader", partition.leader());
        ints(node.putArray("replicas"), partition.replicas());
        ints(node.putArray("isr"), partition.isr());
        put(node, "earliestOffset", partition.earliestOffset());
        put(node, "latestOffset", partition.latestOffset());
        node.put("underReplicated", partition.underReplicated());
    }

    private static void config(ObjectNode node, TopicConfigValue config) {
        node.put("name", config.name())
                .put("value", config.value().orElse(null))
                .put("source", config.source().name())
                .put("overridden", config.overridden())
                .put("default", config.isDefault())
                .put("sensitive", config.sensitive())
                .put("readOnly", config.readOnly());
    }

    static ObjectNode created(CreatedTopic created) {
        var root = object()
                .put("name", created.name())
                .put("partitions", created.partitions())
                .put("replicationFactor", created.replicationFactor())
                .put("validateOnly", created.validateOnly());
        var configs = root.putObject("configs");
        created.configs().forEach(configs::put);
        strings(root.putArray("warnings"), created.warnings());
        return root;
    }

    static ObjectNode pipeline(String prefix, PipelineTopics topics) {
        var root = object().put("prefix", prefix);
        strings(root.putArray("created"), topics.created());
        strings(root.putArray("skipped"), topics.skipped());
        return root;
    }

    static ObjectNode peek(String topic, List<PeekedMessage> messages) {
        var root = object().put("topic", topic);
        var array = root.putArray("messages");
        for (var message : messages) {
            array.addObject()
                    .put("partition", message.partition())
                    .put("offset", message.offset())
                    .put("timestamp", message.timestamp().toString())
                    .put("key", message.key().orElse(null))
                    .put("value", message.valueKind() == ValueKind.NULL ? null : message.value())
                    .put("valueKind", message.valueKind().name());
        }
        return root;
    }

    static void print(PrintWriter out, ObjectNode node) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the JSON output: " + e.getOriginalMessage(), e);
        }
    }

    private static void put(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        } else {
            node.putNull(field);
        }
    }

    private static void put(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }

    private static void ints(ArrayNode array, Collection<Integer> values) {
        values.forEach(array::add);
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
