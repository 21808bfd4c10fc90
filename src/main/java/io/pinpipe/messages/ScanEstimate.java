package io.pinpipe.messages;

import java.util.OptionalLong;

/**
 * What a read would scan at most, from the partitions' offsets (messages) and, where the cluster tells, the log
 * sizes (bytes; empty when the broker does not say, e.g. not authorised to describe log dirs).
 */
public record ScanEstimate(long messages, OptionalLong bytes, ScanLimit limit) {

    public boolean overLimit() {
        return messages > limit.messages() || bytes.orElse(0) > limit.bytes();
    }
}
