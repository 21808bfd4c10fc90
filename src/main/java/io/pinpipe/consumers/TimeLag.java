package io.pinpipe.consumers;

import java.time.Duration;
import java.util.Optional;

/**
 * How far behind the newest message a group (or one partition) is in time: the newest message's timestamp minus
 * the timestamp of the next message the group will consume, the largest over its partitions. {@code behind} is
 * empty when it cannot be known, and {@code why} then says why in a few words ("no committed offset", "the next
 * message has been deleted", "not read yet").
 */
public record TimeLag(Optional<Duration> behind, String why) {

    public static final TimeLag CAUGHT_UP = new TimeLag(Optional.of(Duration.ZERO), "");

    public static TimeLag of(Duration behind) {
        return new TimeLag(Optional.of(behind), "");
    }

    public static TimeLag unknown(String why) {
        return new TimeLag(Optional.empty(), why);
    }

    public boolean known() {
        return behind.isPresent();
    }
}
