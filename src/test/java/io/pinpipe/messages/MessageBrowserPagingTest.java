package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static io.pinpipe.messages.MessageBrowserSeekTest.positions;
import static io.pinpipe.messages.MessageTestKafka.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Paging forwards and backwards through a filtered topic shows every match exactly once, in order. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageBrowserPagingTest {

    /** Recent: the broker deletes messages older than its retention (7 days) by their timestamps. */
    private static final long T0 = System.currentTimeMillis() - 3_600_000L;
    private static final int PER_PARTITION = 300;

    private final KafkaBroker broker;
    private MessageTestKafka kafka;
    private ClusterClient client;
    private MessageBrowser browser;
    private String topic;
    private final List<String> matches = new ArrayList<>();

    MessageBrowserPagingTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void setUp() throws Exception {
        kafka = new MessageTestKafka(broker.bootstrap());
        client = kafka.client();
        browser = MessageBrowser.on(client);
        topic = kafka.topic("paging", 3);
        // Every 7th message of each partition holds "hit"; partitions interleave in time.
        for (var p = 0; p < 3; p++) {
            for (var i = 0; i < PER_PARTITION; i++) {
                var value = (i % 7 == 0 ? "hit-" : "miss-") + p + "-" + i;
                kafka.sendAsync(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, p, T0 + 10L * i + p,
                        MessageTestKafka.bytes("k" + i), MessageTestKafka.bytes(value)));
                if (i % 7 == 0) {
                    matches.add(p + "@" + i);
                }
            }
        }
        kafka.flush();
    }

    @AfterEach
    void tearDown() {
        client.close();
        kafka.close();
    }

    @Test
    void nextPagesFromTheOldestHoldEveryMatchOnceOldestFirstThenPreviousPagesGoBack() {
        var request = request(topic, List.of(), new StartPosition.Oldest(), MessageTestKafka.valueContains("hit"), 10);
        var pages = new ArrayList<MessagePage>();
        var page = browser.read(request, ScanListener.NONE, () -> false);
        pages.add(page);
        while (page.hasNewer()) {
            assertThat(page.stopped()).isEqualTo(MessagePage.Stopped.PAGE_FULL);
            page = browser.next(request, page, ScanListener.NONE, () -> false);
            pages.add(page);
        }
        var seen = pages.stream().flatMap(p -> p.messages().stream()).toList();
        assertThat(seen).isSortedAccordingTo(PageMerge.OLDEST_FIRST);
        assertThat(seen.stream().map(m -> m.partition() + "@" + m.offset()).toList())
                .containsExactlyInAnyOrderElementsOf(matches).doesNotHaveDuplicates();
        assertThat(pages.get(0).messages()).hasSize(10);
        assertThat(pages.get(0).hasOlder()).isFalse();

        // Back from the last full page: each previous page is the one read before it.
        var last = pages.get(pages.size() - 2);
        var back = browser.previous(request, last, ScanListener.NONE, () -> false);
        assertThat(positions(back)).isEqualTo(positions(pages.get(pages.size() - 3)));
        var backwards = new ArrayList<String>(positions(last));
        backwards.addAll(0, positions(back));
        while (back.hasOlder()) {
            back = browser.previous(request, back, ScanListener.NONE, () -> false);
            backwards.addAll(0, positions(back));
        }
        var forwards = pages.subList(0, pages.size() - 1).stream().flatMap(p -> positions(p).stream()).toList();
        assertThat(backwards).isEqualTo(forwards);
    }

    @Test
    void newestPagesGoBackThroughEveryMatchOnceNewestFirst() {
        var request = request(topic, List.of(), new StartPosition.Newest(25), MessageTestKafka.valueContains("hit"), 25);
        var page = browser.read(request, ScanListener.NONE, () -> false);
        assertThat(positions(page).subList(0, 3)).containsExactly("2@294", "1@294", "0@294");
        assertThat(page.hasNewer()).isFalse();
        var seen = new ArrayList<>(page.messages());
        while (page.hasOlder()) {
            page = browser.previous(request, page, ScanListener.NONE, () -> false);
            seen.addAll(page.messages());
        }
        assertThat(seen).isSortedAccordingTo(PageMerge.NEWEST_FIRST);
        assertThat(seen.stream().map(m -> m.partition() + "@" + m.offset()).toList())
                .containsExactlyInAnyOrderElementsOf(matches).doesNotHaveDuplicates();
        assertThat(page.before().offsets()).containsOnlyKeys(0, 1, 2);
    }

    @Test
    void aPageOnChosenPartitionsOnlyAndItsCursorsContinueThere() {
        var request = request(topic, List.of(2), new StartPosition.Oldest(), MessageTestKafka.valueContains("hit"), 5);
        var page = browser.read(request, ScanListener.NONE, () -> false);
        assertThat(positions(page)).containsExactly("2@0", "2@7", "2@14", "2@21", "2@28");
        assertThat(page.after().offsets()).containsOnlyKeys(2).containsEntry(2, 29L);
        var next = browser.next(request, page, ScanListener.NONE, () -> false);
        assertThat(positions(next)).containsExactly("2@35", "2@42", "2@49", "2@56", "2@63");
        var previous = browser.previous(request, next, ScanListener.NONE, () -> false);
        assertThat(positions(previous)).isEqualTo(positions(page));
        assertThat(previous.hasOlder()).isFalse();
    }
}
