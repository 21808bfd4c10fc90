package io.pinpipe.insights;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The reader's topics over a run's life on a real broker: the status shows before any message, a topic created later
 * is read and joins, and a run that ends for good (a topic deleted, a listener that broke) says why.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class InsightsReaderTopicsTest {

    private static final Duration IDLE = Duration.ofMillis(300);
    private final KafkaBroker broker;
    private PipelineKafka kafka;
    private ClusterClient client;

    InsightsReaderTopicsTest(KafkaBroker broker) {
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
    void aRunFromNowOnIdleTopicsShowsWhereItStandsBeforeAnyMessage() throws Exception {
        var prefix = PipelineKafka.prefix("idle");
        kafka.create(prefix, 2, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        var listener = new RecordingListener();

        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.NOW, listener)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> listener.last() != null);
            var status = listener.last().status();

            assertThat(status.offsets()).hasSize(6).allSatisfy(offset ->
                    assertThat(offset.next()).isEqualTo(offset.end()));
            assertThat(status.offsets().stream().mapToLong(PartitionOffset::next).sum()).isEqualTo(3);
            assertThat(status.eventsRead().values()).containsOnly(0L);
            assertThat(status.rowsJoined()).isZero();
        }
    }

    @Test
    void aMissingTopicIsNamedAndReadFromItsBeginningOnceItIsCreated() throws Exception {
        var prefix = PipelineKafka.prefix("late");
        kafka.create(prefix, 1, DataSet.PIN, DataSet.GEO);
        kafka.send(prefix, DataSet.PIN, Rows.pin(1, "art", "10", "Ann"));
        kafka.send(prefix, DataSet.GEO, Rows.geo(1, "Chad", "2019-05-01 10:00:00"));
        var listener = new RecordingListener();

        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.NOW, listener)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !listener.problems.isEmpty());
            assertThat(listener.problems.get(0)).contains(prefix + ".user", "does not exist")
                    .doesNotContain(prefix + ".pin", prefix + ".geo");
            kafka.send(prefix, DataSet.PIN, Rows.pin(2, "travel", "10", "Bo"));
            kafka.send(prefix, DataSet.GEO, Rows.geo(2, "Peru", "2019-05-01 10:00:00"));
            assertThat(run.awaitIdle(IDLE).status().rowsWaiting()).isEqualTo(2);

            kafka.create(prefix, 1, DataSet.USER);
            kafka.send(prefix, DataSet.USER, Rows.user(2, "Bo", "B", 30, "2016-01-01 00:00:00"));

            await().atMost(Duration.ofSeconds(60)).until(() -> listener.last().status().rowsJoined() == 1);
            var status = listener.last().status();
            assertThat(status.eventsRead()).containsEntry(DataSet.USER, 1L);
            assertThat(status.offsets()).extracting(PartitionOffset::topic).contains(prefix + ".user");
            assertThat(listener.resumptions).isNotEmpty();
            assertThat(listener.stops).isEmpty();
        }
    }

    @Test
    void aTopicDeletedWhileReadingEndsTheRunAndTheListenerHearsWhy() throws Exception {
        var prefix = PipelineKafka.prefix("deleted");
        kafka.create(prefix, 1, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        var listener = new RecordingListener();

        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING, listener)) {
            assertThat(run.awaitIdle(IDLE).status().rowsJoined()).isEqualTo(1);
            var waiting = CompletableFuture.supplyAsync(() -> run.awaitIdle(Duration.ofHours(1)));

            kafka.admin().deleteTopics(List.of(prefix + ".user")).all().get(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(60)).until(() -> !listener.stops.isEmpty());
            assertThat(listener.stops).hasSize(1).first().asString().contains(prefix + ".user", "deleted");
            assertThat(waiting).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                    .isInstanceOf(InsightsException.class).withMessageContaining(prefix + ".user");
        }
    }

    @Test
    void anErrorOnTheReadingThreadEndsTheRunAndTheListenerHearsWhy() throws Exception {
        var prefix = PipelineKafka.prefix("error");
        kafka.create(prefix, 1, DataSet.values());
        kafka.post(prefix, 1, "art", "Chad");
        var stops = new CopyOnWriteArrayList<String>();
        var listener = new InsightsListener() {
            @Override
            public void snapshot(InsightsSnapshot snapshot) {
                throw new StackOverflowError();
            }

            @Override
            public void stopped(String sentence) {
                stops.add(sentence);
            }
        };

        try (var run = InsightsReader.on(client).start(new PipelineTopics(prefix), StartAt.BEGINNING, listener)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !stops.isEmpty());

            assertThat(stops).hasSize(1).first().asString().contains("StackOverflowError", "start again");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.awaitIdle(IDLE))
                    .isInstanceOfSatisfying(InsightsException.class, e ->
                            assertThat(e.getMessage()).contains("StackOverflowError"));
        }
    }
}
