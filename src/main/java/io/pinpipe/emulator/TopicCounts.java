package io.pinpipe.emulator;

import java.util.Optional;

/**
 * One topic's counts at a moment. Every sampled record ends as acked or failed; until then it is in flight.
 * {@code missing} counts ids the source table did not hold, which were therefore not sampled.
 */
public record TopicCounts(String topic, long sampled, long sent, long acked, long failed, long missing,
                          Optional<String> lastFailure) {

    public long inFlight() {
        return sampled - acked - failed;
    }
}
