package io.pinpipe.topics;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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

    private final Properties consumerProperties;

    MessagePeek(Properties clientProperties, String clientId) {
        var properties = new Properties();
        properties.putAll(clientProperties);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumerProperties = properties;
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
        try (var consumer = new KafkaConsumer<byte[], byte[]>(consumerProperties)) {
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
