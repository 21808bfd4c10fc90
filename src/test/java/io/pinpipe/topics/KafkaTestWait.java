package io.pinpipe.topics;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/** Metadata settles asynchronously on the broker (new internal topics, deletions): wait for it, never sleep. */
final class KafkaTestWait {

    private KafkaTestWait() {
    }

    static void until(Callable<Boolean> condition) {
        until(Duration.ofSeconds(30), condition);
    }

    static void until(Duration atMost, Callable<Boolean> condition) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(condition);
    }
}
