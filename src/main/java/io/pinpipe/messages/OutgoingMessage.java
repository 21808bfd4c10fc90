package io.pinpipe.messages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A message to produce: key (null for none), value (null for a tombstone), headers, partition (empty: by key),
 * timestamp (empty: the producer's clock) and the file line it came from (empty: not from a file; refusals name it).
 */
public record OutgoingMessage(byte[] key, byte[] value, List<Message.Header> headers, OptionalInt partition,
                              Optional<Instant> timestamp, OptionalInt line) {

    public OutgoingMessage {
        headers = List.copyOf(headers);
    }

    /** Without a timestamp of its own and not from a file. */
    public OutgoingMessage(byte[] key, byte[] value, List<Message.Header> headers, OptionalInt partition) {
        this(key, value, headers, partition, Optional.empty(), OptionalInt.empty());
    }

    /** Bytes a person would count: key, value, and each header's name and value (as {@link Message#size()}). */
    public long size() {
        return Message.size(key, value, headers);
    }

    /** The same message written to {@code wanted} (empty: by key). */
    public OutgoingMessage withPartition(OptionalInt wanted) {
        return new OutgoingMessage(key, value, headers, wanted, timestamp, line);
    }
}
