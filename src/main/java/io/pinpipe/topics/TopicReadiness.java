package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Waits until new topics or partitions take records. A topic is in a broker's metadata a moment before its leader
 * serves it; a record sent in that moment is refused, and an idempotent producer whose next batch lands meanwhile
 * retries the first until its delivery timeout (KAFKA-15591), so a run started at once would hang for two minutes.
 * The leader's answer to ListOffsets closes that moment.
 */
record TopicReadiness(ClusterClient client, AdminCalls calls) {

    /** A few seconds at most; gives up quietly, and the sends then say what is wrong. */
    void awaitWritable(List<String> names) {
        if (!names.isEmpty()) {
            awaitWritable("Topics " + names, names, described -> described.size() == names.size());
        }
    }

    /** Until the topics are described as {@code complete} says and every partition's leader answers for it. */
    void awaitWritable(String change, List<String> names, Predicate<Map<String, TopicDescription>> complete) {
        var timeout = calls.timeout().toMillis();
        var admin = client.admin();
        calls.awaitMetadata(change, () -> {
            var described = admin.describeTopics(names).allTopicNames().get(timeout, TimeUnit.MILLISECONDS);
            if (!complete.test(described)) {
                return false;
            }
            var latest = new HashMap<TopicPartition, OffsetSpec>();
            described.values().forEach(topic -> TopicReads.partitions(topic)
                    .forEach(partition -> latest.put(partition, OffsetSpec.latest())));
            admin.listOffsets(latest).all().get(timeout, TimeUnit.MILLISECONDS);
            return true;
        });
    }
}
