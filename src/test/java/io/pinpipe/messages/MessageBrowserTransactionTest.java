package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.pinpipe.messages.MessageTestKafka.bytes;
import static io.pinpipe.messages.MessageTestKafka.request;
import static io.pinpipe.messages.MessageTestKafka.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads of topics with transactions: an open one does not stall a read, commit markers end a page cleanly. */
@ExtendWith(EmbeddedKafkaExtension.class)
class MessageBrowserTransactionTest {

    private final KafkaBroker broker;
    private MessageTestKafka kafka;

    MessageBrowserTransactionTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void setUp() {
        kafka = new MessageTestKafka(broker.bootstrap());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void anOpenTransactionDoesNotStallAReadEvenWithReadCommittedInTheConnection() throws Exception {
        var topic = kafka.topic("txn-open", 1);
        kafka.produce(topic, 0, 5, "done-", System.currentTimeMillis(), 0);
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", kafka.bootstrap());
        properties.setProperty("isolation.level", "read_committed"); // as an imported client.properties may say
        try (var producer = transactional();
             var client = ClusterClient.open(properties, kafka.bootstrap(), Duration.ofSeconds(5))) {
            producer.initTransactions();
            producer.beginTransaction();
            for (var i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, bytes("k"), bytes("open-" + i)));
            }
            producer.flush(); // sent, never committed while the read runs

            var browser = MessageBrowser.on(client);
            var page = browser.read(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 100),
                    ScanListener.NONE, () -> false);
            var seen = new CopyOnWriteArrayList<String>();
            var stopped = browser.scanAll(request(topic, List.of(), new StartPosition.Oldest(), MessageFilter.ALL, 100),
                    new ScanListener() {
                        @Override
                        public void matched(List<Message> batch) {
                            batch.forEach(m -> seen.add(text(m.value())));
                        }
                    }, () -> false);

            var expected = List.of("done-0", "done-1", "done-2", "done-3", "done-4", "open-0", "open-1", "open-2");
            assertThat(page.messages()).extracting(m -> text(m.value())).containsExactlyElementsOf(expected);
            assertThat(page.hasNewer()).isFalse();
            assertThat(stopped).isEqualTo(MessagePage.Stopped.END_OF_TOPIC);
            assertThat(seen).containsExactlyElementsOf(expected);
            producer.abortTransaction();
        }
    }

    @Test
    void aScanEndingOnACommitMarkerCountsThePartitionAsReadToItsEnd() throws Exception {
        var topic = kafka.topic("txn-marker", 1);
        try (var producer = transactional()) {
            producer.initTransactions();
            producer.beginTransaction();
            for (var i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, bytes("k"), bytes("tx-" + i)));
            }
            producer.commitTransaction(); // offsets 0-2, its marker at 3
        }
        kafka.produce(topic, 0, 3, "after-", System.currentTimeMillis(), 0); // offsets 4-6
        try (var client = kafka.client();
             var consumer = client.consumer("test", ConsumerTuning::apply)) {
            var calls = new MessageCalls("test", kafka.bootstrap(), Duration.ofSeconds(10));
            var meter = new ScanMeter(ScanListener.NONE, ScanLimit.UNLIMITED, () -> false);
            var result = new ForwardScan(consumer, calls, topic, MessageFilter.ALL, meter)
                    .run(Map.of(0, 0L), Map.of(0, 4L), Integer.MAX_VALUE, null);

            assertThat(result.matches().get(0)).extracting(m -> text(m.value())).containsExactly("tx-0", "tx-1", "tx-2");
            // The next page starts at 4, not at the marker: nothing between is left to read.
            assertThat(result.next().get(0)).isEqualTo(4L);
        }
    }

    private KafkaProducer<byte[], byte[]> transactional() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, MessageTestKafka.unique("tx")),
                new ByteArraySerializer(), new ByteArraySerializer());
    }
}
