package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static io.pinpipe.messages.MessageTestKafka.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with the valid range or the existing partitions named, before anything is read. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageBrowserRefusalTest {

    private final KafkaBroker broker;
    private MessageTestKafka kafka;
    private ClusterClient client;
    private MessageBrowser browser;
    private String topic;

    MessageBrowserRefusalTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void setUp() throws Exception {
        kafka = new MessageTestKafka(broker.bootstrap());
        client = kafka.client();
        browser = MessageBrowser.on(client);
        topic = kafka.topic("refuse", 3);
        kafka.produce(topic, 2, 5_000, "v", System.currentTimeMillis(), 0);
    }

    @AfterEach
    void tearDown() {
        client.close();
        kafka.close();
    }

    @Test
    void anOffsetOutOfRangeIsRefusedWithTheRangeNamed() {
        assertThatThrownBy(() -> read(List.of(2), StartPosition.AtOffset.of(7_000)))
                .isInstanceOf(MessageException.class)
                .hasMessage("Partition 2 holds offsets 0 to 4,999; 7,000 is out of range")
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.INVALID_REQUEST);
        assertThatThrownBy(() -> read(List.of(), new StartPosition.AtOffset(OptionalLong.empty(), Map.of(0, 3L))))
                .hasMessage("Partition 0 holds no messages (its next offset is 0); 3 is out of range");
        assertThat(read(List.of(2), StartPosition.AtOffset.of(5_000)).messages()).isEmpty();
    }

    @Test
    void aPartitionThatDoesNotExistIsRefusedWithThePartitionsNamed() {
        assertThatThrownBy(() -> read(List.of(1, 7), new StartPosition.Oldest()))
                .isInstanceOf(MessageException.class)
                .hasMessage("Topic '" + topic + "' has no partition 7; its partitions are 0 to 2")
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> read(List.of(), new StartPosition.AtOffset(OptionalLong.empty(), Map.of(3, 0L))))
                .hasMessageContaining("has no partition 3; its partitions are 0 to 2");
    }

    @Test
    void aMissingTopicIsNotFound() {
        assertThatThrownBy(() -> browser.partitions(topic + "-missing"))
                .isInstanceOf(MessageException.class)
                .hasMessage("Topic '" + topic + "-missing' does not exist at " + broker.bootstrap())
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> browser.read(request(topic + "-missing", List.of(), new StartPosition.Oldest(),
                MessageFilter.ALL, 10), ScanListener.NONE, () -> false))
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.NOT_FOUND);
        assertThat(browser.partitions(topic)).containsExactly(0, 1, 2);
    }

    @Test
    void aPageSizeOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> browser.read(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL,
                0), ScanListener.NONE, () -> false))
                .hasMessage("A page holds 1 to 10000 messages, not 0");
    }

    private MessagePage read(List<Integer> partitions, StartPosition start) {
        return browser.read(request(topic, partitions, start, MessageFilter.ALL, 10), ScanListener.NONE, () -> false);
    }
}
