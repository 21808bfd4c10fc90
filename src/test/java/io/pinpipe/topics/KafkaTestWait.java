package io.pinpipe.topics;

import java.time.Duration;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/** Metadata settles asynchronously on the broker (new internal topics, deletions): wait for it, never sleep. */
final class KafkaTestWait {

    private KafkaTestWait() {
    }

    static void until(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
