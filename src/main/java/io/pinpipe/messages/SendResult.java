package io.pinpipe.messages;

import java.time.Instant;
import java.util.Optional;

/** What became of one message sent: its partition, offset and timestamp, or the broker's refusal in words. */
public record SendResult(int index, int partition, long offset, Instant timestamp, Optional<String> refusal) {

    public boolean sent() {
        return refusal.isEmpty();
    }
}
