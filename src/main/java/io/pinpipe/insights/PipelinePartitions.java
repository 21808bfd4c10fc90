package io.pinpipe.insights;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partitions an {@link InsightsRun} reads, and where each one's reading starts. A topic or partition created while
 * the run goes on is added and read from its beginning (everything in it was written after the run started); a topic
 * still missing is named, because no row can join until it exists. Used on the reading thread only, except
 * {@link #current()}.
 */
final class PipelinePartitions {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final PipelineTopics topics;
    private final Map<TopicPartition, Long> startOffsets = new HashMap<>();
    private volatile Map<TopicPartition, DataSet> partitions;

    PipelinePartitions(KafkaConsumer<byte[], byte[]> consumer, PipelineTopics topics,
                       Map<TopicPartition, DataSet> partitions) {
        this.consumer = consumer;
        this.topics = topics;
        this.partitions = Collections.unmodifiableMap(new LinkedHashMap<>(partitions));
    }

    Map<TopicPartition, DataSet> current() {
        return partitions;
    }

    /** The topics of the pipeline that are not read, because they did not exist when last looked at. */
    List<String> missing() {
        var read = new java.util.HashSet<String>();
        partitions.keySet().forEach(partition -> read.add(partition.topic()));
        var missing = new ArrayList<String>();
        for (var set : DataSet.values()) {
            if (!read.contains(topics.topic(set))) {
                missing.add(topics.topic(set));
            }
        }
        return missing;
    }

    /** Assigns the partitions and seeks each to the run's start. */
    void assignAt(Map<TopicPartition, Long> starts) {
        consumer.assign(partitions.keySet());
        startOffsets.putAll(starts);
        starts.forEach(consumer::seek);
    }

    /** Back to where each partition's reading started ("Reset"). */
    void seekToStarts() {
        startOffsets.forEach(consumer::seek);
    }

    /**
     * Looks at the cluster's topics: adds partitions that appeared since, read from their beginning.
     *
     * @return the pipeline's topics that are read but no longer exist (deleted while reading)
     */
    List<String> refresh(Duration timeout) {
        long started = System.nanoTime();
        Map<String, List<PartitionInfo>> all = consumer.listTopics(timeout);
        InsightsReader.log.debug("List the topics: {} ms", (System.nanoTime() - started) / 1_000_000);
        var added = new LinkedHashMap<TopicPartition, DataSet>();
        var deleted = new ArrayList<String>();
        for (var set : DataSet.values()) {
            var topic = topics.topic(set);
            var infos = all.getOrDefault(topic, List.of());
            boolean reading = partitions.keySet().stream().anyMatch(partition -> partition.topic().equals(topic));
            if (infos.isEmpty() && reading) {
                deleted.add(topic);
            }
            for (var info : infos) {
                var partition = new TopicPartition(info.topic(), info.partition());
                if (!partitions.containsKey(partition)) {
                    added.put(partition, set);
                }
            }
        }
        if (!added.isEmpty()) {
            add(added, timeout);
        }
        return deleted;
    }

    private void add(Map<TopicPartition, DataSet> added, Duration timeout) {
        var starts = consumer.beginningOffsets(added.keySet(), timeout);
        var all = new LinkedHashMap<>(partitions);
        all.putAll(added);
        partitions = Collections.unmodifiableMap(all);
        InsightsReader.log.info("Insights reads {} new partitions: {}", added.size(), added.keySet());
        assignAt(starts);
    }
}
