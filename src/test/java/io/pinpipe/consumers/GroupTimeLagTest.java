package io.pinpipe.consumers;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag in time, from messages produced with known timestamps. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupTimeLagTest {

    private final KafkaBroker broker;

    GroupTimeLagTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void aGroupBehindIsAsFarBehindAsItsSlowestPartitionAndACaughtUpGroupIsNot() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("time", 2);
            var start = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
            kafka.produce(topic, 0, 10, start, 1_000);     // newest at start + 9 s
            kafka.produce(topic, 1, 5, start, 60_000);     // newest at start + 4 min
            var p0 = new TopicPartition(topic, 0);
            var p1 = new TopicPartition(topic, 1);
            var behind = GroupTestKafka.unique("behind");
            var sameOffset = GroupTestKafka.unique("same-offset");
            var caughtUp = GroupTestKafka.unique("caught-up");
            var lagging = GroupTestKafka.unique("lagging");
            kafka.commit(behind, Map.of(p0, 3L, p1, 5L));      // p0: 9 s - 3 s behind; p1 caught up
            kafka.commit(sameOffset, Map.of(p0, 3L));
            kafka.commit(caughtUp, Map.of(p0, 10L, p1, 5L));
            kafka.commit(lagging, Map.of(p0, 9L, p1, 1L));     // p1: 4 min - 1 min behind
            var never = GroupTestKafka.unique("never-committed");

            var lags = groups.timeLags(List.of(behind, sameOffset, caughtUp, lagging, never), () -> false);

            assertThat(lags.get(behind)).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
            assertThat(lags.get(sameOffset)).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
            assertThat(lags.get(caughtUp)).isEqualTo(TimeLag.CAUGHT_UP);
            assertThat(lags.get(lagging)).isEqualTo(TimeLag.of(Duration.ofMinutes(3)));
            assertThat(lags.get(never).known()).isFalse();
            assertThat(lags.get(never).why()).isEqualTo("no committed offset");
            assertThat(groups.describe(behind).summary().timeLag()).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
        }
    }

    @Test
    void aGroupWhoseNextMessageWasDeletedHasAnUnknownTimeLagThatSaysSo() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("deleted", 1);
            kafka.produce(topic, 0, 6, System.currentTimeMillis(), 1);
            var partition = new TopicPartition(topic, 0);
            kafka.admin().deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(4)))
                    .all().get();
            var group = GroupTestKafka.unique("too-slow");
            kafka.commit(group, Map.of(partition, 2L));

            var lag = groups.timeLags(List.of(group), () -> false).get(group);

            assertThat(lag.known()).isFalse();
            assertThat(lag.why()).contains("deleted");
        }
    }

    @Test
    void aGroupSittingOnATransactionsCommitMarkerIsCaughtUpAtOnce() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("txn-marker", 1);
            try (var producer = kafka.producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                    GroupTestKafka.unique("marker-tx")))) {
                producer.initTransactions();
                producer.beginTransaction();
                for (var i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, "k", "committed-" + i));
                }
                producer.commitTransaction();
            }
            var partition = new TopicPartition(topic, 0);
            var group = GroupTestKafka.unique("on-marker");
            kafka.commit(group, Map.of(partition, 3L));   // data at 0..2, the commit marker at 3, the end at 4

            var started = System.nanoTime();
            var detail = groups.describe(group);
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(detail.partitions().get(0).logEnd()).as("the marker counts in the log end").hasValue(4);
            assertThat(detail.summary().timeLag()).as("nothing left to read but the marker")
                    .isEqualTo(TimeLag.CAUGHT_UP);
            assertThat(took).as("no waiting for a message that never comes").isLessThan(Duration.ofSeconds(3));
            assertThat(groups.timeLags(List.of(group), () -> false).get(group)).isEqualTo(TimeLag.CAUGHT_UP);
        }
    }

    @Test
    void aTimeLagReadThatFailsLeavesTheMessageLagAndSaysWhyTheTimeLagIsUnknown() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap())) {
            var topic = kafka.topic("refused", 1);
            kafka.produce(topic, 0, 5, System.currentTimeMillis(), 1);
            var group = GroupTestKafka.unique("refused-reader");
            kafka.commit(group, Map.of(new TopicPartition(topic, 0), 2L));
            var properties = kafka.clientProperties();
            properties.setProperty("metric.reporters", RefusingTimeLagReporter.class.getName());
            try (var groups = GroupAdmin.connect(properties, broker.bootstrap(), Duration.ofSeconds(15))) {

                var detail = groups.describe(group);
                var lags = groups.timeLags(List.of(group), () -> false);

                assertThat(detail.summary().totalLag()).as("the message lag still shows").hasValue(3);
                assertThat(detail.summary().timeLag().known()).isFalse();
                assertThat(detail.summary().timeLag().why()).contains("refused by the test");
                assertThat(lags.get(group).why()).contains("refused by the test");
            }
        }
    }

    @Test
    void aFetchThatFailsGivesItsPartitionsAReasonInsteadOfFailing() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap())) {
            var topic = kafka.topic("unreadable", 1);
            kafka.produce(topic, 0, 5, System.currentTimeMillis(), 1);
            var partition = new TopicPartition(topic, 0);
            Deserializer<byte[]> refusing = (ignored, data) -> {
                throw new SerializationException("cannot read this record");
            };
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()), new ByteArrayDeserializer(), refusing)) {

                var result = TimestampFetch.read(consumer, Map.of(partition, Set.of(1L)), Map.of(partition, 5L),
                        Duration.ofSeconds(10), () -> false);

                assertThat(result.timestamps()).doesNotContainKey(partition);
                assertThat(result.failures().get(partition)).isEqualTo("could not read " + partition + ": cannot read this record");
            }
        }
    }
}
