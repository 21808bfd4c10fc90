package io.pinpipe.topics;

import java.util.List;

/** Everything the detail view shows about one topic; configs come overridden first, then by name. */
public record TopicDetail(String name, String id, boolean internal, List<PartitionDetail> partitions,
                          List<TopicConfigValue> configs) {

    public TopicDetail {
        partitions = List.copyOf(partitions);
        configs = List.copyOf(configs);
    }

    public int replicationFactor() {
        return partitions.stream().mapToInt(partition -> partition.replicas().size()).max().orElse(0);
    }

    public int underReplicatedPartitions() {
        return (int) partitions.stream().filter(PartitionDetail::underReplicated).count();
    }
}
