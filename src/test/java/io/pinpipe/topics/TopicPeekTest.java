package io.pinpipe.topics;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.topics.TopicTestSupport.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.pinpipe.topics.TopicTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Peek reads the newest messages without a consumer group, across partitions, newest first. */
@ExtendWith(EmbeddedKafkaExtension.class)
class TopicPeekTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long BASE = Instant.parse("2024-05-01T12:00:00Z").toEpochMilli();

    private final KafkaBroker broker;
    private TopicAdmin admin;

    TopicPeekTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void connect() {
        admin = TopicAdmin.connect(TopicTestSupport.client(broker.bootstrap()), broker.bootstrap());
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void returnsExactlyTheMessagesProducedNewestFirst() throws Exception {
        var topic = created(1);
        TopicTestSupport.produce(broker.bootstrap(), topic, List.of(
                new Message(0, BASE, bytes("pin-1"), bytes("{\"index\":1,\"title\":\"Cats\"}")),
                new Message(0, BASE + 1, bytes("pin-2"), bytes("plain text")),
                new Message(0, BASE + 2, null, null)));

        var messages = admin.peek(topic, TopicAdmin.DEFAULT_PEEK_COUNT, TIMEOUT);

        assertThat(messages).extracting(PeekedMessage::offset).containsExactly(2L, 1L, 0L);
        var json = messages.get(2);
        assertThat(json.key()).contains("pin-1");
        assertThat(json.timestamp()).isEqualTo(Instant.ofEpochMilli(BASE));
        assertThat(json.valueIsJson()).isTrue();
        assertThat(json.value()).isEqualTo("{\"index\":1,\"title\":\"Cats\"}");
        assertThat(json.prettyValue()).isEqualTo("{\n  \"index\" : 1,\n  \"title\" : \"Cats\"\n}");
        assertThat(messages.get(1)).satisfies(text -> {
            assertThat(text.valueKind()).isEqualTo(ValueKind.TEXT);
            assertThat(text.prettyValue()).isEqualTo("plain text");
        });
        assertThat(messages.get(0)).satisfies(tombstone -> {
            assertThat(tombstone.key()).isEmpty();
            assertThat(tombstone.valueKind()).isEqualTo(ValueKind.NULL);
        });
    }

    @Test
    void returnsTheLastNAcrossPartitionsMergedByTimestamp() throws Exception {
        var topic = created(3);
        var produced = new ArrayList<Message>();
        for (var i = 0; i < 60; i++) {
            produced.add(new Message(i % 3, BASE + i, bytes("k" + i), bytes("v" + i)));
        }
        TopicTestSupport.produce(broker.bootstrap(), topic, produced);

        var messages = admin.peek(topic, 10, TIMEOUT);

        assertThat(messages).extracting(PeekedMessage::value)
                .containsExactly("v59", "v58", "v57", "v56", "v55", "v54", "v53", "v52", "v51", "v50");
        assertThat(messages).extracting(PeekedMessage::partition).containsOnly(0, 1, 2);
        assertThat(admin.peek(topic, 100, TIMEOUT)).hasSize(60);
    }

    @Test
    void anEmptyTopicAnswersAtOnce() {
        var topic = created(4);

        var started = System.nanoTime();
        var messages = admin.peek(topic, 50, TIMEOUT);

        assertThat(messages).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well short of the %s timeout", TIMEOUT)
                .isLessThan(TIMEOUT.dividedBy(2));
    }

    @Test
    void leavesNoConsumerGroupBehind() throws Exception {
        var topic = created(1);
        TopicTestSupport.produce(broker.bootstrap(), topic, List.of(new Message(0, BASE, null, bytes("one"))));

        assertThat(admin.peek(topic, 5, TIMEOUT)).hasSize(1);

        try (var raw = org.apache.kafka.clients.admin.Admin.create(TopicTestSupport.client(broker.bootstrap()))) {
            var groups = raw.listGroups().all().get();
            assertThat(groups).noneMatch(group -> group.groupId().contains(topic));
        }
    }

    @Test
    void binaryValuesAndKeysAreShownAsHex() throws Exception {
        var topic = created(1);
        TopicTestSupport.produce(broker.bootstrap(), topic, List.of(
                new Message(0, BASE, new byte[] {(byte) 0xff, 0x00}, new byte[] {(byte) 0xc3, 0x28, 0x01})));

        var message = admin.peek(topic, 1, TIMEOUT).get(0);

        assertThat(message.key()).isEqualTo(Optional.of("0xff00"));
        assertThat(message.valueKind()).isEqualTo(ValueKind.BINARY);
        assertThat(message.value()).isEqualTo("c32801");
        assertThat(message.prettyValue()).isEqualTo("(3 bytes, not UTF-8) c32801");
    }

    @Test
    void aMissingTopicOrABadCountIsRefused() {
        assertThatThrownBy(() -> admin.peek("no-such-peek-topic", 5, TIMEOUT))
                .hasMessage("Topic 'no-such-peek-topic' does not exist at " + broker.bootstrap());
        assertThatThrownBy(() -> admin.peek(created(1), 0, TIMEOUT))
                .hasMessage("Peek reads 1 to 10000 messages, not 0");
    }

    private String created(int partitions) {
        var name = uniqueName("peek");
        admin.create(NewTopicRequest.named(name).withPartitions(partitions), false);
        return name;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
