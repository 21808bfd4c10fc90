package io.pinpipe.topics;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicFailures.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The newest messages of a topic, read by a consumer of the cluster's client that joins no group. */
record TopicPeek(ClusterClient client, AdminCalls calls, TopicReads reads) {

    private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

    List<PeekedMessage> peek(String name, int count, Duration timeout) {
        if (count < 1 || count > TopicAdmin.MAX_PEEK_COUNT) {
            throw TopicException.invalid("Peek reads 1 to " + TopicAdmin.MAX_PEEK_COUNT + " messages, not " + count);
        }
        var partitions = TopicReads.partitions(reads.describeTopic(name));
        var offsets = PartitionOffsets.request(client.admin(), calls, partitions);
        var operation = Operation.on("read the offsets of topic", name);
        var ranges = new ArrayList<MessagePeek.Range>();
        for (var partition : partitions) {
            var end = offsets.latest(partition, operation);
            ranges.add(new MessagePeek.Range(partition.partition(), Math.max(offsets.earliest(partition, operation), end - count), end));
        }
        var started = System.nanoTime();
        var messages = new MessagePeek(() -> client.consumer("peek", config -> { })).read(name, ranges, count, timeout);
        log.debug("Peek at {} ({} messages) took {} ms", name, messages.size(), AdminCalls.millisSince(started));
        return messages;
    }
}
