package io.pinpipe.emulator;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.topics.TopicAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Asks every few seconds whether a run's topics still exist, and tells once when one is gone. Without it a run
 * whose topic is deleted on a broker that does not create topics by itself (MSK's default) stalls: the producer
 * waits a minute for the topic's metadata on every send, and Stop waits with it. A topic counts as gone only when
 * two answers in a row say so, and a broker that does not answer says nothing.
 */
final class TopicWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicWatch.class);
    static final Duration EVERY = Duration.ofSeconds(2);

    private final TopicAdmin admin;
    private final List<String> topics;
    private final Consumer<String> gone;
    private final ScheduledExecutorService thread;
    private Set<String> missingBefore = Set.of();

    private TopicWatch(TopicAdmin admin, List<String> topics, Consumer<String> gone) {
        this.admin = admin;
        this.topics = topics;
        this.gone = gone;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var named = new Thread(runnable, "emulator-topic-watch");
            named.setDaemon(true);
            return named;
        });
    }

    /** @param gone told the name of the first topic found gone, on the watch's own thread */
    static TopicWatch start(ClusterClient client, List<String> topics, Consumer<String> gone) {
        var watch = new TopicWatch(TopicAdmin.on(client), topics, gone);
        watch.thread.scheduleWithFixedDelay(watch::check, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    private void check() {
        try {
            var missing = admin.missing(topics, EVERY);
            var confirmed = missing.stream().filter(missingBefore::contains).findFirst();
            missingBefore = missing;
            confirmed.ifPresent(topic -> {
                log.warn("Topic {} was deleted during the run", topic);
                thread.shutdown();
                gone.accept(topic);
            });
        } catch (RuntimeException e) {
            log.debug("Could not check the run's topics", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
