package io.pinpipe.messages;

import java.util.OptionalLong;

/**
 * What a read would scan at most, from the partitions' offsets (messages) and, where the cluster tells, the log
 * sizes (bytes; empty when the broker does not say, e.g. not authorised to describe log dirs). The bytes are the
 * share of the logs on disk (compressed, with batch overhead), so only roughly comparable with the scan limit's
 * bytes, which count the messages as sent: say "about X on disk" when showing them.
 */
public record ScanEstimate(long messages, OptionalLong bytes, ScanLimit limit) {

    public boolean overLimit() {
        return messages > limit.messages() || bytes.orElse(0) > limit.bytes();
    }
}
