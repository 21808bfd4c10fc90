package io.pinpipe.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedKafkaExtension.class)
class EmbeddedKafkaExtensionTest {

    private static KafkaBroker givenToTheClass;

    @BeforeAll
    static void rememberTheClassesBroker(KafkaBroker broker) {
        givenToTheClass = broker;
    }

    @Test
    void aRecordProducedToANewTopicCanBeConsumed(KafkaBroker kafka) throws Exception {
        KafkaTestClients.createTopic(kafka.bootstrap(), "embedded-check");

        KafkaTestClients.produce(kafka.bootstrap(), "embedded-check", "pin-1", "hello");

        assertThat(KafkaTestClients.topics(kafka.bootstrap())).contains("embedded-check");
        assertThat(KafkaTestClients.consume(kafka.bootstrap(), "embedded-check", 1)).containsExactly("hello");
    }

    /** Another class, with a lifecycle of its own: it gets the broker already running, not one of its own. */
    @Nested
    class InAnotherClass {

        @Test
        void theBrokerIsTheOneStartedForTheWholeRun(KafkaBroker broker) {
            assertThat(broker).isEqualTo(givenToTheClass);
            assertThat(EmbeddedKafkaExtension.brokersStarted()).as("brokers started in this JVM").isEqualTo(1);
        }
    }
}
