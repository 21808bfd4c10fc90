package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The reader on a real broker: where it starts, no group, closing, missing topics and unreadable messages. */
@ExtendWith(EmbeddedKafkaExtension.class)
class InsightsReaderTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    private final KafkaBroker broker;
    private PipelineKafka kafka;
    private ClusterClient client;

    InsightsReaderTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void open() {
        kafka = new PipelineKafka(broker.bootstrap());
        client = kafka.client();
    }

    @AfterEach
    void close() {
        client.close();
        kafka.close();
    }

    @Test
    void fromTheBeginningReadsWhatIsThereAndFromNowOnlyWhatComesAfter() throws Exception {
        var prefix = PipelineKafka.prefix("start");
        kafka.create(prefix, 2, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        kafka.post(prefix, 2, "art", "Chad");
        var reader = InsightsReader.on(client);

        try (var beginning = reader.start(new PipelineTopics(prefix), StartAt.BEGINNING, new RecordingListener());
             var now = reader.start(new PipelineTopics(prefix), StartAt.NOW, new RecordingListener())) {
            assertThat(beginning.awaitIdle(IDLE).status().rowsJoined()).isEqualTo(2);
            assertThat(now.awaitIdle(IDLE).status().rowsJoined()).isZero();

            kafka.post(prefix, 3, "travel", "Chad");

            var fromNow = now.awaitIdle(IDLE);
            assertThat(fromNow.status().rowsJoined()).isEqualTo(1);
            assertThat(fromNow.result(Query.CATEGORY_PER_COUNTRY).rows()).containsExactly(List.of("Chad", "travel", 1L));
            var all = beginning.awaitIdle(IDLE);
            assertThat(all.status().rowsJoined()).isEqualTo(3);
            assertThat(all.status().offsets()).hasSize(6).allSatisfy(offset ->
                    assertThat(offset.next()).isEqualTo(offset.end()));
            assertThat(all.status().offsets().stream().mapToLong(PartitionOffset::next).sum()).isEqualTo(9);
            assertThat(all.status().newestEvent()).isPresent();
        }
    }

    @Test
    void readingJoinsNoConsumerGroup() throws Exception {
        var prefix = PipelineKafka.prefix("nogroup");
        kafka.create(prefix, 1, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        var before = kafka.groups();

        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                new RecordingListener())) {
            run.awaitIdle(IDLE);
            assertThat(kafka.groups()).containsExactlyInAnyOrderElementsOf(before);
        }
        assertThat(kafka.groups()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void closeStopsPromptlyAndTheListenerHearsNothingAfter() throws Exception {
        var prefix = PipelineKafka.prefix("close");
        kafka.create(prefix, 1, DataSet.values());
        var listener = new RecordingListener();
        var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING, listener);
        var producing = new AtomicBoolean(true);
        var posted = new java.util.concurrent.atomic.AtomicLong();
        var producer = CompletableFuture.runAsync(() -> {
            int id = 0;
            while (producing.get()) {
                try {
                    kafka.post(prefix, ++id, "art", "Chad");
                    posted.incrementAndGet();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.snapshots.size() >= 2);
        var waiting = CompletableFuture.supplyAsync(() -> run.awaitIdle(Duration.ofHours(1)));

        long started = System.nanoTime();
        run.close();
        long closeMillis = (System.nanoTime() - started) / 1_000_000;
        int heard = listener.snapshots.size();
        long written = posted.get();
        // The producer goes on (a reader still running would publish them within a second): nothing may be heard.
        await().atMost(Duration.ofSeconds(60)).until(() -> posted.get() >= written + 40);
        producing.set(false);
        producer.get(30, TimeUnit.SECONDS);

        assertThat(closeMillis).isLessThan(5_000);
        assertThat(listener.snapshots).hasSize(heard);
        assertThat(waiting).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                .havingCause().isInstanceOfSatisfying(InsightsException.class, e ->
                        assertThat(e.reason()).isEqualTo(InsightsException.Reason.CANCELLED));
        assertThatThrownBy(() -> run.awaitIdle(IDLE)).isInstanceOfSatisfying(InsightsException.class, e ->
                assertThat(e.reason()).isEqualTo(InsightsException.Reason.CANCELLED));
    }

    @Test
    void snapshotsComeAtMostFourTimesASecondAndOnlyWhenSomethingNewWasRead() throws Exception {
        var prefix = PipelineKafka.prefix("pace");
        kafka.create(prefix, 1, DataSet.values());
        var listener = new RecordingListener();
        long began = System.nanoTime();
        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING, listener)) {
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            int id = 0;
            while (System.nanoTime() < until) {
                kafka.post(prefix, ++id, "art", "Chad");
            }
            var last = run.awaitIdle(IDLE);
            await().atMost(Duration.ofSeconds(30)).until(() -> listener.last() != null
                    && listener.last().status().rowsJoined() == last.status().rowsJoined());
            int heard = listener.snapshots.size();
            long lastHeard = listener.snapshotNanos.get(heard - 1);
            // The loop goes round for another second (it answers this wait) with nothing new written: nothing heard.
            run.awaitIdle(Duration.ofSeconds(1));

            assertThat(listener.snapshots).hasSize(heard);
            // Each publish waits 250 ms after the one before began, so n snapshots span at least (n - 1) * 250 ms.
            long allowed = 1 + (lastHeard - began) / Duration.ofMillis(250).toNanos();
            assertThat((long) heard).as("snapshots heard in %d ms", (lastHeard - began) / 1_000_000)
                    .isGreaterThan(1).isLessThanOrEqualTo(allowed);
            assertThat(last.status().rowsJoined()).isEqualTo(id);
        }
    }

    @Test
    void resetForgetsWhatWasReadAndReadsAgainFromTheStart() throws Exception {
        var prefix = PipelineKafka.prefix("reset");
        kafka.create(prefix, 1, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        kafka.post(prefix, 1, "art", "Chad");
        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                new RecordingListener())) {
            assertThat(run.awaitIdle(IDLE).status().duplicates()).isEqualTo(3);

            run.reset();
            var again = run.awaitIdle(IDLE);

            assertThat(again.status().duplicates()).isEqualTo(3);
            assertThat(again.status().rowsJoined()).isEqualTo(1);
            assertThat(again.status().eventsRead()).containsEntry(DataSet.PIN, 2L);
        }
    }

    @Test
    void aPrefixWithNoTopicsIsRefusedWithASentenceNamingThem() {
        var prefix = PipelineKafka.prefix("missing");

        assertThatThrownBy(() -> InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                new RecordingListener())).isInstanceOfSatisfying(InsightsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InsightsException.Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains(prefix + ".pin", prefix + ".geo", prefix + ".user");
                });
    }

    @Test
    void aPipelineWithSomeOfItsTopicsIsReadAndItsPrefixOffered() throws Exception {
        var prefix = PipelineKafka.prefix("partial");
        kafka.create(prefix, 1, DataSet.PIN, DataSet.GEO);
        kafka.send(prefix, DataSet.PIN, Rows.pin(1, "art", "10", "Ann"));
        kafka.send(prefix, DataSet.GEO, Rows.geo(1, "Chad", "2019-05-01 10:00:00"));

        assertThat(InsightsReader.on(client).prefixes()).contains(prefix).doesNotContain(prefix + ".pin");
        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                new RecordingListener())) {
            var status = run.awaitIdle(IDLE).status();

            assertThat(status.offsets()).extracting(PartitionOffset::topic)
                    .containsExactlyInAnyOrder(prefix + ".pin", prefix + ".geo");
            assertThat(status.rowsWaiting()).isEqualTo(2);
            assertThat(status.eventsRead()).containsEntry(DataSet.USER, 0L);
        }
    }

    @Test
    void aMessageThatIsNotJsonIsCountedAndReadingGoesOn() throws Exception {
        var prefix = PipelineKafka.prefix("garbage");
        kafka.create(prefix, 1, DataSet.values());
        kafka.send(prefix, DataSet.PIN, "this is not json");
        kafka.send(prefix, DataSet.PIN, new byte[]{(byte) 0xff, 0, 1});
        kafka.post(prefix, 1, "art", "Chad");
        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING,
                new RecordingListener())) {
            var status = run.awaitIdle(IDLE).status();

            assertThat(status.unreadable()).isEqualTo(Map.of("not JSON", 2L));
            assertThat(status.rowsJoined()).isEqualTo(1);
        }
    }
}
