package io.pinpipe.topics;

import io.pinpipe.testing.PrivateKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** 10,000 topics on a broker of their own, so the shared broker stays quick for every other test. */
@Tag("slow")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TopicListingLoadTest {

    private static final int TOPICS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(TopicListingLoadTest.class);

    private static PrivateKafka kafka;

    @BeforeAll
    static void createTopics() throws Exception {
        kafka = PrivateKafka.start();
        var started = System.nanoTime();
        try (var admin = Admin.create(TopicTestSupport.client(kafka.broker().bootstrap()))) {
            var names = IntStream.range(0, TOPICS).mapToObj(i -> String.format(Locale.ROOT, "load-%05d", i)).toList();
            for (var start = 0; start < TOPICS; start += 1_000) {
                var batch = names.subList(start, start + 1_000).stream().map(name -> new NewTopic(name, 1, (short) 1)).toList();
                admin.createTopics(batch).all().get(2, TimeUnit.MINUTES);
            }
            // The controller has them all; the broker's metadata cache catches up a moment later.
            KafkaTestWait.until(Duration.ofMinutes(2), () -> admin.listTopics().names().get().size() == TOPICS);
        }
        log.info("Created {} topics in {} ms", TOPICS, millisSince(started));
    }

    @AfterAll
    static void stopTheBroker() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void tenThousandTopicsAreListedInBatchesWithProgress() throws Exception {
        var coldRaw = rawListing();
        var progress = new ArrayList<Integer>();
        var delivered = new ArrayList<TopicSummary>();
        ListedTopics listing;
        var started = System.nanoTime();
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(kafka.broker().bootstrap()), "private broker")) {
            listing = admin.listTopics(false, (batch, described, total) -> {
                progress.add(described);
                delivered.addAll(batch);
                assertThat(total).isEqualTo(TOPICS);
            }, () -> false);
        }
        var ours = millisSince(started);

        assertThat(listing.complete()).isTrue();
        assertThat(listing.topics()).hasSize(TOPICS).isEqualTo(delivered).noneMatch(TopicSummary::failed);
        assertThat(listing.topics().get(TOPICS - 1)).isEqualTo(
                new TopicSummary("load-09999", 1, 1, 0, false, java.util.Optional.empty()));
        assertThat(progress).hasSize(TOPICS / TopicAdmin.DESCRIBE_BATCH)
                .startsWith(TopicAdmin.DESCRIBE_BATCH, 2 * TopicAdmin.DESCRIBE_BATCH).endsWith(TOPICS);
        assertThat(Duration.ofMillis(ours)).isLessThan(Duration.ofSeconds(30));

        var raw = rawListing();
        log.info("Listing {} topics: TopicAdmin {} ms in {} batches; raw listTopics + one describeTopics {} ms "
                + "(first run {} ms)", TOPICS, ours, progress.size(), raw, coldRaw);
    }

    @Test
    void cancellingStopsAfterTheCurrentBatch() {
        var batches = new ArrayList<Integer>();
        try (var admin = TopicAdmin.connect(TopicTestSupport.client(kafka.broker().bootstrap()), "private broker")) {
            var listing = admin.listTopics(false, (batch, described, total) -> batches.add(described),
                    () -> batches.size() >= 3);

            assertThat(listing.complete()).isFalse();
            assertThat(listing.total()).isEqualTo(TOPICS);
            assertThat(listing.topics()).hasSize(3 * TopicAdmin.DESCRIBE_BATCH);
        }
    }

    /** The same work with the bare AdminClient, as the yardstick. */
    private static long rawListing() throws Exception {
        var started = System.nanoTime();
        try (var admin = Admin.create(TopicTestSupport.client(kafka.broker().bootstrap()))) {
            var names = admin.listTopics().names().get(1, TimeUnit.MINUTES);
            var described = admin.describeTopics(names).allTopicNames().get(1, TimeUnit.MINUTES);
            assertThat(described).hasSize(TOPICS);
        }
        return millisSince(started);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
