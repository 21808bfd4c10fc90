package io.pinpipe.topics;

import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Kafka's admin types to the app's own records; nothing here talks to the cluster. */
final class TopicMapping {

    private static final Comparator<TopicConfigValue> OVERRIDDEN_FIRST = Comparator
            .comparing((TopicConfigValue config) -> !config.overridden())
            .thenComparing(TopicConfigValue::name);

    private TopicMapping() {
    }

    static TopicSummary summary(TopicDescription description) {
        var partitions = description.partitions();
        var replicationFactor = partitions.stream().mapToInt(partition -> partition.replicas().size()).max().orElse(0);
        var underReplicated = (int) partitions.stream().filter(TopicMapping::underReplicated).count();
        return new TopicSummary(description.name(), partitions.size(), replicationFactor, underReplicated,
                description.isInternal(), Optional.empty());
    }

    /** Offsets are missing for partitions whose leader did not answer the ListOffsets request. */
    static TopicDetail detail(TopicDescription description, Map<Integer, ListOffsetsResultInfo> earliest,
                              Map<Integer, ListOffsetsResultInfo> latest, Config config) {
        var partitions = description.partitions().stream()
                .sorted(Comparator.comparingInt(TopicPartitionInfo::partition))
                .map(partition -> new PartitionDetail(partition.partition(), leader(partition),
                        ids(partition.replicas()), ids(partition.isr()),
                        offset(earliest.get(partition.partition())), offset(latest.get(partition.partition()))))
                .toList();
        var configs = config.entries().stream().map(TopicMapping::config).sorted(OVERRIDDEN_FIRST).toList();
        var id = description.topicId() == null ? "" : description.topicId().toString();
        return new TopicDetail(description.name(), id, description.isInternal(), partitions, configs);
    }

    static TopicConfigValue config(ConfigEntry entry) {
        return new TopicConfigValue(entry.name(), Optional.ofNullable(entry.value()), ConfigSource.of(entry.source()),
                entry.isDefault(), entry.isSensitive(), entry.isReadOnly());
    }

    private static boolean underReplicated(TopicPartitionInfo partition) {
        return partition.isr().size() < partition.replicas().size();
    }

    private static OptionalInt leader(TopicPartitionInfo partition) {
        var leader = partition.leader();
        return leader == null || leader.isEmpty() ? OptionalInt.empty() : OptionalInt.of(leader.id());
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    private static OptionalLong offset(ListOffsetsResultInfo info) {
        return info == null ? OptionalLong.empty() : OptionalLong.of(info.offset());
    }
}
