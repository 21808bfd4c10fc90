package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.tools.consumer.group.KafkaGroupTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.pinpipe.messages.MessageTestKafka.bytes;
import static io.pinpipe.messages.MessageTestKafka.request;
import static io.pinpipe.messages.MessageTestKafka.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Scan limits and estimates, cancelling, scanning everything, following new messages, and leaving no group behind. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageBrowserScanTest {

    private final KafkaBroker broker;
    private MessageTestKafka kafka;
    private ClusterClient client;
    private MessageBrowser browser;

    MessageBrowserScanTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void setUp() {
        kafka = new MessageTestKafka(broker.bootstrap());
        client = kafka.client();
        browser = MessageBrowser.on(client);
    }

    @AfterEach
    void tearDown() {
        client.close();
        kafka.close();
    }

    @Test
    void aScanStopsAtItsLimitAndTheNextPageGoesOnFromThere() throws Exception {
        var topic = kafka.topic("limit", 1);
        kafka.produce(topic, 0, 1_000, "v", System.currentTimeMillis(), 1);
        var limited = new BrowseRequest(topic, List.of(), new StartPosition.Oldest(), MessageTestKafka.valueContains("v99"),
                100, new ScanLimit(300, Long.MAX_VALUE));

        var estimate = browser.estimate(limited);
        assertThat(estimate.messages()).isEqualTo(1_000);
        assertThat(estimate.bytes()).isPresent();
        assertThat(estimate.bytes().getAsLong()).isBetween(4_000L, 40_000L);
        assertThat(estimate.overLimit()).isTrue();
        var fromOffset = browser.estimate(limited.withLimit(ScanLimit.UNLIMITED).withStart(StartPosition.AtOffset.of(750)));
        assertThat(fromOffset.messages()).isEqualTo(250);
        assertThat(fromOffset.bytes().getAsLong()).isBetween(estimate.bytes().getAsLong() / 5, estimate.bytes().getAsLong() / 3);
        assertThat(fromOffset.overLimit()).isFalse();

        var page = browser.read(limited, ScanListener.NONE, () -> false);
        assertThat(page.stopped()).isEqualTo(MessagePage.Stopped.LIMIT);
        assertThat(page.progress().scanned()).isEqualTo(300);
        assertThat(page.messages()).extracting(m -> text(m.value())).containsExactly("v99");
        assertThat(page.after().offsets()).containsEntry(0, 300L);
        assertThat(page.hasNewer()).isTrue();

        var next = browser.next(limited, page, ScanListener.NONE, () -> false);
        assertThat(next.stopped()).isEqualTo(MessagePage.Stopped.LIMIT);
        assertThat(next.progress().scanned()).isEqualTo(300);
        assertThat(next.after().offsets()).containsEntry(0, 600L);

        var all = new CopyOnWriteArrayList<Message>();
        var stopped = browser.scanAll(limited.withLimit(ScanLimit.UNLIMITED), batchesTo(all), () -> false);
        assertThat(stopped).isEqualTo(MessagePage.Stopped.END_OF_TOPIC);
        assertThat(all).extracting(m -> text(m.value())).containsExactly("v99", "v990", "v991", "v992", "v993",
                "v994", "v995", "v996", "v997", "v998", "v999");
    }

    @Test
    void aCancelledScanKeepsWhatItMatched() throws Exception {
        var topic = kafka.topic("cancel", 2);
        // More than one poll takes (ConsumerTuning.MAX_POLL_RECORDS), so the scan is still going when cancelled.
        kafka.produce(topic, 0, 60_000, "v", System.currentTimeMillis(), 0);
        kafka.produce(topic, 1, 60_000, "v", System.currentTimeMillis(), 0);

        var all = new CopyOnWriteArrayList<Message>();
        var stopped = browser.scanAll(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 100),
                batchesTo(all), () -> !all.isEmpty());
        assertThat(stopped).isEqualTo(MessagePage.Stopped.CANCELLED);
        assertThat(all).isNotEmpty().hasSizeLessThan(120_000);

        var polls = new AtomicInteger();
        var page = browser.read(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 10_000),
                ScanListener.NONE, () -> polls.incrementAndGet() > 3);
        assertThat(page.stopped()).isIn(MessagePage.Stopped.CANCELLED, MessagePage.Stopped.PAGE_FULL);
        if (page.stopped() == MessagePage.Stopped.CANCELLED) {
            assertThat(page.progress().matched()).isGreaterThanOrEqualTo(page.messages().size());
        }
    }

    @Test
    void followSeesOnlyMessagesWrittenAfterItStartsAndStopsPromptlyWhenCancelled() throws Exception {
        var topic = kafka.topic("follow", 2);
        kafka.produce(topic, 0, 5, "old", System.currentTimeMillis(), 1);
        var seen = new CopyOnWriteArrayList<Message>();
        var progressed = new AtomicBoolean();
        var cancelled = new AtomicBoolean();
        var listener = new ScanListener() {
            @Override
            public void progress(ScanProgress progress) {
                progressed.set(true);
            }

            @Override
            public void matched(List<Message> batch) {
                seen.addAll(batch);
            }
        };
        var follow = new Thread(() -> browser.follow(request(topic, List.of(), new StartPosition.Live(),
                MessageTestKafka.valueContains("new"), 100), listener, cancelled::get), "follow-test");
        follow.start();
        await().atMost(Duration.ofSeconds(20)).untilTrue(progressed);

        kafka.produce(topic, 1, 3, "new", System.currentTimeMillis(), 1);
        kafka.produce(topic, 0, 3, "skip", System.currentTimeMillis(), 1);
        kafka.produce(topic, 0, 2, "new", System.currentTimeMillis(), 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() >= 5);
        assertThat(seen).extracting(m -> m.partition() + "@" + m.offset())
                .containsExactlyInAnyOrder("1@0", "1@1", "1@2", "0@8", "0@9");

        var cancelledAt = System.nanoTime();
        cancelled.set(true);
        follow.join(5_000);
        assertThat(follow.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void messagesKeepTheirExactBytesHeadersAndTimestampTypes() throws Exception {
        var topic = kafka.topic("bytes", 1);
        var binary = new byte[]{0, (byte) 0xff, 10, 13, (byte) 0x80};
        var record = new ProducerRecord<>(topic, 0, 1_000L + System.currentTimeMillis(), (byte[]) null, binary,
                List.of(new RecordHeader("trace", bytes("abc")), new RecordHeader("empty", (byte[]) null),
                        new RecordHeader("trace", binary)));
        kafka.send(record);

        var page = browser.read(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 10),
                ScanListener.NONE, () -> false);
        var message = page.messages().get(0);
        assertThat(message.key()).isNull();
        assertThat(Arrays.equals(message.value(), binary)).isTrue();
        assertThat(message.headers()).containsExactly(Message.Header.of("trace", "abc"), new Message.Header("empty", null),
                new Message.Header("trace", binary));
        assertThat(message.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
        assertThat(message.timestamp()).isAfter(Instant.now());
        assertThat(page.progress().bytes()).isEqualTo(message.size());
    }

    @Test
    void browsingJoinsNoGroupAsKafkasOwnToolSees() throws Exception {
        var topic = kafka.topic("nogroup", 2);
        kafka.produce(topic, 0, 50, "v", System.currentTimeMillis(), 1);
        var before = groups();

        var request = request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 10);
        var page = browser.read(request, ScanListener.NONE, () -> false);
        browser.next(request, page, ScanListener.NONE, () -> false);
        browser.read(request(topic, List.of(), new StartPosition.Newest(5), MessageFilter.ALL, 5), ScanListener.NONE,
                () -> false);
        browser.scanAll(request, ScanListener.NONE, () -> false);
        var polls = new AtomicInteger();
        browser.follow(request, ScanListener.NONE, () -> polls.incrementAndGet() > 5);

        var after = groups();
        assertThat(after).as("groups Kafka's tool lists after browsing").containsExactlyInAnyOrderElementsOf(before);
        assertThat(after).noneMatch(group -> group.contains(client.clientId()) || group.contains(topic));
    }

    private Set<String> groups() {
        return KafkaGroupTool.run("--bootstrap-server", broker.bootstrap(), "--list").lines()
                .map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toSet());
    }

    private static ScanListener batchesTo(List<Message> all) {
        return new ScanListener() {
            @Override
            public void matched(List<Message> batch) {
                all.addAll(batch);
            }
        };
    }
}
