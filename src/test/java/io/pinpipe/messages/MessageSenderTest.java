package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.messages.OutgoingMessages.ValueFormat;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages produced with key, headers and partition read back byte-exact by Kafka's own ConsoleConsumer. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageSenderTest {

    private final KafkaBroker broker;
    private ProduceTestKafka kafka;
    private ClusterClient client;

    MessageSenderTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void connect() {
        kafka = new ProduceTestKafka(broker.bootstrap());
        client = kafka.client();
    }

    @AfterEach
    void close() {
        client.close();
        kafka.close();
    }

    @Test
    void keyHeadersAndPartitionArriveByteExactAsKafkasConsoleConsumerPrintsThem() throws Exception {
        var topic = kafka.topic("produce", 3);
        var binary = new byte[]{(byte) 0xff, 1, (byte) 0xfe, 0x41};
        var messages = List.of(
                OutgoingMessages.of("user-7", "{\"country\": \"Albania\"}", ValueFormat.JSON,
                        List.of("trace=abc-1", "source=pinpipe"), OptionalInt.of(2)),
                OutgoingMessages.of("", "ünïcode ✓", ValueFormat.TEXT, List.of(), OptionalInt.of(0)),
                new OutgoingMessage(binary, binary, List.of(new Message.Header("bin", binary)), OptionalInt.of(1)));
        var heard = new ArrayList<SendResult>();

        var results = MessageSender.on(client).send(topic, messages, 1, heard::add, () -> false);

        assertThat(heard).isEqualTo(results);
        assertThat(results).extracting(SendResult::index, SendResult::partition, SendResult::offset, SendResult::sent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 0L, true),
                        org.assertj.core.groups.Tuple.tuple(2, 0, 0L, true),
                        org.assertj.core.groups.Tuple.tuple(3, 1, 0L, true));
        assertThat(kafka.consoleConsumer(topic, 3)).containsExactlyInAnyOrder(
                ProduceTestKafka.consoleLine(2, List.of(Message.Header.of("trace", "abc-1"), Message.Header.of("source", "pinpipe")),
                        utf8("user-7"), utf8("{\"country\": \"Albania\"}")),
                ProduceTestKafka.consoleLine(0, List.of(), null, utf8("ünïcode ✓")),
                ProduceTestKafka.consoleLine(1, List.of(new Message.Header("bin", binary)), binary, binary));
    }

    @Test
    void aRepeatCountSendsTheMessageThatManyTimesInOrder() throws Exception {
        var topic = kafka.topic("repeat", 2);
        var message = OutgoingMessages.of("same-key", "v", ValueFormat.TEXT, List.of(), OptionalInt.empty());

        var results = MessageSender.on(client).send(topic, List.of(message), 4, result -> { }, () -> false);

        assertThat(results).extracting(SendResult::index).containsExactly(1, 2, 3, 4);
        assertThat(results).extracting(SendResult::partition).containsOnly(results.get(0).partition());
        assertThat(results).extracting(SendResult::offset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(kafka.endOffsets(topic, 2).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    }

    @Test
    void aPartitionThatDoesNotExistIsRefusedBeforeAnythingIsSent() throws Exception {
        var topic = kafka.topic("no-partition", 3);
        var good = OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of(), OptionalInt.of(0));
        var bad = OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of(), OptionalInt.of(5));

        assertThatThrownBy(() -> MessageSender.on(client).send(topic, List.of(good, bad), 1, result -> { }, () -> false))
                .isInstanceOf(MessageException.class)
                .hasMessage("Partition 5 does not exist in topic '" + topic + "' (message 2): its partitions are 0 to 2; nothing was sent");
        assertThat(kafka.endOffsets(topic, 3)).containsOnly(Map.entry(0, 0L), Map.entry(1, 0L), Map.entry(2, 0L));
    }

    @Test
    void aTopicThatDoesNotExistIsNotFoundAndNotCreated() throws Exception {
        var topic = ProduceTestKafka.unique("missing");
        var message = OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of(), OptionalInt.empty());

        assertThatThrownBy(() -> MessageSender.on(client).send(topic, List.of(message), 1, result -> { }, () -> false))
                .isInstanceOf(MessageException.class)
                .hasMessageStartingWith("Topic '" + topic + "' does not exist at " + broker.bootstrap())
                .extracting(e -> ((MessageException) e).reason()).isEqualTo(MessageException.Reason.NOT_FOUND);
        assertThat(kafka.exists(topic)).isFalse();
    }

    @Test
    void aMessageOverTheTopicsLimitIsRefusedInWordsAndTheOthersAreSent() throws Exception {
        var topic = kafka.topic("too-large", 1, Map.of("max.message.bytes", String.valueOf(1024 * 1024)));
        var large = new OutgoingMessage(null, new byte[(int) (2.1 * 1024 * 1024)], List.of(), OptionalInt.empty());
        var small = OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of(), OptionalInt.empty());

        var results = MessageSender.on(client).send(topic, List.of(small, small, large), 1, result -> { }, () -> false);

        assertThat(results).extracting(SendResult::sent).containsExactly(true, true, false);
        assertThat(results.get(2).refusal()).hasValue(
                "The broker refused message 3: it is 2.1 MB, over the topic's max.message.bytes of 1 MB");
        assertThat(kafka.endOffsets(topic, 1)).containsEntry(0, 2L);
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @Test
    void aRefusedFileLineIsNamedByItsLineNumber() throws Exception {
        var topic = kafka.topic("too-large-line", 1, Map.of("max.message.bytes", String.valueOf(1024 * 1024)));
        var file = java.nio.file.Files.writeString(folder.resolve("big.jsonl"),
                "{\"value\": \"small\"}\n\n{\"value\": \"" + "x".repeat((int) (1.5 * 1024 * 1024)) + "\"}\n");

        var results = MessageSender.on(client).send(topic, JsonLinesFile.check(file, false), 1, result -> { }, () -> false);

        assertThat(results).extracting(SendResult::sent).containsExactly(true, false);
        assertThat(results.get(1).refusal()).hasValue(
                "The broker refused line 3: it is 1.5 MB, over the topic's max.message.bytes of 1 MB");
    }

    @Test
    void cancellingStopsSendingNewMessages() throws Exception {
        var topic = kafka.topic("cancel", 1);
        var message = OutgoingMessages.of("k", "v", ValueFormat.TEXT, List.of(), OptionalInt.empty());
        var asked = new java.util.concurrent.atomic.AtomicInteger();

        var results = MessageSender.on(client).send(topic, List.of(message), 100, result -> { },
                () -> asked.incrementAndGet() > 3);

        assertThat(results).hasSize(3).allMatch(SendResult::sent);
        assertThat(kafka.endOffsets(topic, 1)).containsEntry(0, 3L);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
