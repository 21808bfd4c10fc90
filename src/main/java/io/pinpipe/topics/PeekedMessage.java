package io.pinpipe.topics;

import java.time.Instant;
import java.util.Optional;

/**
 * One message of a peek. {@code value} is the UTF-8 text (hex for binary, empty for null);
 * {@code prettyValue} is what a person should see: indented JSON, the text, or a note with the hex.
 */
public record PeekedMessage(int partition, long offset, Instant timestamp, Optional<String> key, String value,
                            ValueKind valueKind, String prettyValue) {

    public boolean valueIsJson() {
        return valueKind == ValueKind.JSON;
    }
}
