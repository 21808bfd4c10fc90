package io.pinpipe.messages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One Kafka message as read: where it sits, its timestamp and what kind it is, and its bytes exactly as stored
 * (a null key or value stays null). Rendering for people is {@link Rendering}'s job, the file form {@link MessageJson}'s.
 */
public record Message(String topic, int partition, long offset, Instant timestamp, TimestampType timestampType,
                      byte[] key, byte[] value, List<Header> headers) {

    /** A header: its name, and its value bytes (null allowed, as Kafka allows). */
    public record Header(String name, byte[] value) {

        public static Header of(String name, String value) {
            return new Header(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Header h && name.equals(h.name) && Arrays.equals(value, h.value);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(value);
        }
    }

    public Message {
        headers = List.copyOf(headers);
    }

    /** Bytes on the wire that a person would count: key, value, and each header's name and value. */
    public long size() {
        return size(key, value, headers);
    }

    /** The same count for any key, value and headers (also what a refusal of a message to send names). */
    static long size(byte[] key, byte[] value, List<Header> headers) {
        long size = length(key) + length(value);
        for (var header : headers) {
            size += header.name().getBytes(StandardCharsets.UTF_8).length + length(header.value());
        }
        return size;
    }

    public Optional<byte[]> keyBytes() {
        return Optional.ofNullable(key);
    }

    /** Where it sits, for messages and logs: {@code topic/partition@offset}. */
    public String where() {
        return topic + "/" + partition + "@" + offset;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && topic.equals(m.topic) && partition == m.partition && offset == m.offset
                && timestamp.equals(m.timestamp) && timestampType == m.timestampType && Arrays.equals(key, m.key)
                && Arrays.equals(value, m.value) && headers.equals(m.headers);
    }

    @Override
    public int hashCode() {
        return (topic.hashCode() * 31 + partition) * 31 + Long.hashCode(offset);
    }
}
