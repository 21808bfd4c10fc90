package io.pinpipe.topics;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the last messages of a topic with an assigned consumer: no group, no commits, so peeking leaves
 * no trace on the cluster. The offset range per partition comes from the caller.
 */
final class MessagePeek {

    /** Per partition: read from {@code start} up to, not including, {@code end}. */
    record Range(int partition, long start, long end) {
    }

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Comparator<PeekedMessage> NEWEST_FIRST = Comparator
            .comparing(PeekedMessage::timestamp).reversed()
            .thenComparing(PeekedMessage::partition)
            .thenComparing(Comparator.comparingLong(PeekedMessage::offset).reversed());

    private final Supplier<KafkaConsumer<byte[], byte[]>> consumers;

    /** @param consumers a new consumer that joins no group and commits nothing, closed here after the read */
    MessagePeek(Supplier<KafkaConsumer<byte[], byte[]>> consumers) {
        this.consumers = consumers;
    }

    /** The newest {@code count} messages of the ranges, newest first; fewer if the deadline passes first. */
    List<PeekedMessage> read(String topic, List<Range> ranges, int count, Duration timeout) {
        var wanted = new HashMap<TopicPartition, Range>();
        ranges.stream().filter(range -> range.start() < range.end())
                .forEach(range -> wanted.put(new TopicPartition(topic, range.partition()), range));
        if (wanted.isEmpty()) {
            return List.of();
        }
        var messages = new ArrayList<PeekedMessage>();
        try (var consumer = consumers.get()) {
            consumer.assign(wanted.keySet());
            wanted.forEach((partition, range) -> consumer.seek(partition, range.start()));
            var deadline = System.nanoTime() + timeout.toNanos();
            var pending = new HashMap<>(wanted);
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (var record : consumer.poll(POLL)) {
                    var range = wanted.get(new TopicPartition(record.topic(), record.partition()));
                    if (record.offset() < range.end()) {
                        messages.add(peeked(record));
                    }
                }
                pending.keySet().removeIf(partition -> consumer.position(partition) >= pending.get(partition).end());
            }
            if (!pending.isEmpty()) {
                throw new TopicException(TopicException.Reason.TIMEOUT, "Peeking at '" + topic + "' took longer than "
                        + timeout.toSeconds() + " s; partitions " + partitions(pending) + " did not answer in time");
            }
        }
        messages.sort(NEWEST_FIRST);
        return List.copyOf(messages.subList(0, Math.min(count, messages.size())));
    }

    private static String partitions(Map<TopicPartition, Range> pending) {
        return pending.keySet().stream().map(TopicPartition::partition).sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static PeekedMessage peeked(ConsumerRecord<byte[], byte[]> record) {
        var value = MessageText.of(record.value());
        var timestamp = record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : Instant.EPOCH;
        return new PeekedMessage(record.partition(), record.offset(), timestamp, MessageText.key(record.key()),
                value.text(), value.kind(), value.pretty());
    }
}
