package io.pinpipe.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedKafkaExtension.class)
class EmbeddedKafkaExtensionTest {

    @Test
    void aRecordProducedToANewTopicCanBeConsumed(KafkaBroker kafka) throws Exception {
        KafkaTestClients.createTopic(kafka.bootstrap(), "embedded-check");

        KafkaTestClients.produce(kafka.bootstrap(), "embedded-check", "pin-1", "hello");

        assertThat(KafkaTestClients.topics(kafka.bootstrap())).contains("embedded-check");
        assertThat(KafkaTestClients.consume(kafka.bootstrap(), "embedded-check", 1)).containsExactly("hello");
    }

    @Test
    void everyTestGetsTheSameBroker(KafkaBroker first, KafkaBroker second) {
        assertThat(first).isEqualTo(second);
        assertThat(first.bootstrap()).startsWith("127.0.0.1:");
    }
}
