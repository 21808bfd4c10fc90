package io.pinpipe.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Kafka's records as {@link Message}s: bytes exactly as stored; a negative timestamp is the epoch with type NONE. */
final class Records {

    private Records() {
    }

    static Message message(ConsumerRecord<byte[], byte[]> record) {
        long millis = record.timestamp();
        var timestamp = millis < 0 ? Instant.EPOCH : Instant.ofEpochMilli(millis);
        var type = millis < 0 ? TimestampType.NONE : type(record.timestampType());
        return new Message(record.topic(), record.partition(), record.offset(), timestamp, type, record.key(),
                record.value(), headers(record));
    }

    /** What the scan counts as read: key, value and headers, as {@link Message#size()} counts them. */
    static long size(ConsumerRecord<byte[], byte[]> record) {
        long size = Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
        for (var header : record.headers()) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static List<Message.Header> headers(ConsumerRecord<byte[], byte[]> record) {
        var kafkaHeaders = record.headers().toArray();
        if (kafkaHeaders.length == 0) {
            return List.of();
        }
        var headers = new ArrayList<Message.Header>(kafkaHeaders.length);
        for (var header : kafkaHeaders) {
            headers.add(new Message.Header(header.key(), header.value()));
        }
        return headers;
    }

    private static TimestampType type(org.apache.kafka.common.record.TimestampType type) {
        return switch (type) {
            case CREATE_TIME -> TimestampType.CREATE_TIME;
            case LOG_APPEND_TIME -> TimestampType.LOG_APPEND_TIME;
            default -> TimestampType.NONE;
        };
    }
}
