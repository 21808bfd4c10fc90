package io.pinpipe.messages.filter;

import io.pinpipe.messages.Message;
import io.pinpipe.messages.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Messages built in tests: known key, value, headers, partition, offset and timestamp. */
final class Msgs {

    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private String key;
    private byte[] value;
    private final List<Message.Header> headers = new ArrayList<>();
    private int partition;
    private long offset;
    private Instant timestamp = T0;

    static Msgs value(String value) {
        var m = new Msgs();
        m.value = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        return m;
    }

    static Msgs bytes(byte[] value) {
        var m = new Msgs();
        m.value = value;
        return m;
    }

    Msgs key(String key) {
        this.key = key;
        return this;
    }

    Msgs header(String name, String value) {
        headers.add(Message.Header.of(name, value));
        return this;
    }

    Msgs at(int partition, long offset) {
        this.partition = partition;
        this.offset = offset;
        return this;
    }

    Msgs time(Instant timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    Message build() {
        return new Message("t", partition, offset, timestamp, TimestampType.CREATE_TIME,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers);
    }
}
