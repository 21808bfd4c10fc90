package io.pinpipe.messages;

import java.util.List;
import java.util.OptionalInt;

/** A message to produce: key (null for none), value (null for a tombstone), headers, partition (empty: by key). */
public record OutgoingMessage(byte[] key, byte[] value, List<Message.Header> headers, OptionalInt partition) {

    public OutgoingMessage {
        headers = List.copyOf(headers);
    }
}
