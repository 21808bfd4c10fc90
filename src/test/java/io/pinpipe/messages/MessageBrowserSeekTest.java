package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static io.pinpipe.messages.MessageTestKafka.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Seeking by offset (all partitions, chosen ones, per partition) and by time returns exactly the expected messages. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageBrowserSeekTest {

    /** Recent: the broker deletes messages older than its retention (7 days) by their timestamps. */
    private static final long T0 = System.currentTimeMillis() - 3_600_000L;
    private static final int PER_PARTITION = 50;

    private final KafkaBroker broker;
    private MessageTestKafka kafka;
    private ClusterClient client;
    private MessageBrowser browser;
    private String topic;

    MessageBrowserSeekTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void setUp() throws Exception {
        kafka = new MessageTestKafka(broker.bootstrap());
        client = kafka.client();
        browser = MessageBrowser.on(client);
        topic = kafka.topic("seek", 3);
        // Partition p, message i: timestamp T0 + 10 i + p, so the partitions interleave in time.
        for (var p = 0; p < 3; p++) {
            kafka.produce(topic, p, PER_PARTITION, "v" + p + "-", T0 + p, 10);
        }
    }

    @AfterEach
    void tearDown() {
        client.close();
        kafka.close();
    }

    @Test
    void oldestReadsEveryMessageOldestFirstWithExactBytesAndTimestamps() {
        var page = browser.read(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 1_000),
                ScanListener.NONE, () -> false);

        assertThat(page.messages()).hasSize(150);
        assertThat(page.stopped()).isEqualTo(MessagePage.Stopped.END_OF_TOPIC);
        assertThat(page.messages()).isSortedAccordingTo(PageMerge.OLDEST_FIRST);
        var first = page.messages().get(0);
        assertThat(first.partition()).isZero();
        assertThat(first.offset()).isZero();
        assertThat(first.timestamp()).isEqualTo(Instant.ofEpochMilli(T0));
        assertThat(first.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(MessageTestKafka.text(first.key())).isEqualTo("k0");
        assertThat(MessageTestKafka.text(first.value())).isEqualTo("v0-0");
        assertThat(page.messages().get(1).partition()).isEqualTo(1);
        assertThat(page.hasNewer()).isFalse();
        assertThat(page.hasOlder()).isFalse();
        assertThat(page.after().offsets()).isEqualTo(Map.of(0, 50L, 1, 50L, 2, 50L));
    }

    @Test
    void anOffsetForAllPartitionsStartsEachThere() {
        var page = browser.read(request(topic, List.of(), StartPosition.AtOffset.of(20), MessageFilter.ALL, 1_000),
                ScanListener.NONE, () -> false);

        assertThat(positions(page)).containsExactlyInAnyOrderElementsOf(expected(Map.of(0, 20L, 1, 20L, 2, 20L)));
        assertThat(page.hasOlder()).isTrue();
        assertThat(page.before().offsets()).isEqualTo(Map.of(0, 20L, 1, 20L, 2, 20L));
    }

    @Test
    void anOffsetOnAChosenPartitionReadsOnlyThatPartition() {
        var page = browser.read(request(topic, List.of(1), StartPosition.AtOffset.of(45), MessageFilter.ALL, 1_000),
                ScanListener.NONE, () -> false);

        assertThat(positions(page)).containsExactly("1@45", "1@46", "1@47", "1@48", "1@49");
    }

    @Test
    void offsetsPerPartitionReadOnlyTheNamedPartitionsFromTheirOffsets() {
        var start = new StartPosition.AtOffset(OptionalLong.empty(), Map.of(0, 40L, 2, 47L));
        var page = browser.read(request(topic, List.of(), start, MessageFilter.ALL, 1_000), ScanListener.NONE, () -> false);

        assertThat(positions(page)).containsExactlyInAnyOrderElementsOf(expected(Map.of(0, 40L, 2, 47L)));
    }

    @Test
    void aTimeStartsEachPartitionWhereOffsetsForTimesDoes() {
        for (var millis : List.of(T0 - 5, T0 + 255, T0 + 256, T0 + 491, T0 + 10_000)) {
            var time = Instant.ofEpochMilli(millis);
            var kafkasAnswer = offsetsForTimes(millis);

            var page = browser.read(request(topic, List.of(), new StartPosition.AtTime(time), MessageFilter.ALL, 1_000),
                    ScanListener.NONE, () -> false);

            assertThat(positions(page)).as("from %s", time).containsExactlyInAnyOrderElementsOf(expected(kafkasAnswer));
            assertThat(page.messages()).allSatisfy(m -> assertThat(m.timestamp()).isAfterOrEqualTo(time));
        }
    }

    @Test
    void newestReadsTheLastMessagesNewestFirst() {
        var page = browser.read(request(topic, List.of(), new StartPosition.Newest(4), MessageFilter.ALL, 4),
                ScanListener.NONE, () -> false);

        assertThat(positions(page)).containsExactly("2@49", "1@49", "0@49", "2@48");
        assertThat(page.hasOlder()).isTrue();
        assertThat(page.hasNewer()).isFalse();
    }

    /** Kafka's own answer: per partition the first offset at or after the time, the partition's end when none. */
    private Map<Integer, Long> offsetsForTimes(long millis) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var query = new HashMap<TopicPartition, Long>();
            for (var p = 0; p < 3; p++) {
                query.put(new TopicPartition(topic, p), millis);
            }
            var found = consumer.offsetsForTimes(query);
            var ends = consumer.endOffsets(query.keySet());
            var starts = new HashMap<Integer, Long>();
            found.forEach((tp, offset) -> starts.put(tp.partition(), offset == null ? ends.get(tp) : offset.offset()));
            return starts;
        }
    }

    private static List<String> expected(Map<Integer, Long> starts) {
        var positions = new ArrayList<String>();
        starts.forEach((p, from) -> {
            for (var offset = from; offset < PER_PARTITION; offset++) {
                positions.add(p + "@" + offset);
            }
        });
        return positions;
    }

    static List<String> positions(MessagePage page) {
        return page.messages().stream().map(m -> m.partition() + "@" + m.offset()).toList();
    }
}
