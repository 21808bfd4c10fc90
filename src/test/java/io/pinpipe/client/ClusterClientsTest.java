package io.pinpipe.client;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.ConnectionCatalog;
import io.pinpipe.connections.ConnectionStore;
import io.pinpipe.connections.SecretSource;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import io.pinpipe.topics.TopicAdmin;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One client per connection: shared while the connection stays, closed when it is edited, removed or moved. */
@ExtendWith(EmbeddedKafkaExtension.class)
class ClusterClientsTest {

    private final KafkaBroker broker;
    private final AtomicReference<Optional<String>> sandbox = new AtomicReference<>(Optional.empty());
    private KafkaConnections kafka;

    @TempDir
    Path dir;

    ClusterClientsTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @AfterEach
    void close() {
        if (kafka != null) {
            kafka.clients().close();
        }
    }

    private KafkaConnections kafka() {
        var catalog = new ConnectionCatalog(new ConnectionStore(dir.resolve("connections.json")), sandbox::get, () -> 9092);
        var services = KafkaConnections.over(catalog, connection -> SecretSource.none());
        // As the composition root wires it: a connection saved again or removed closes its client.
        catalog.onChange(services.clients()::forget);
        kafka = services;
        return services;
    }

    private Connection plain(String name, String bootstrap) {
        return new Connection(name, bootstrap, new AuthSettings.Plaintext());
    }

    @Test
    void everyPartOfTheAppSharesTheOneClientOfAConnection() throws Exception {
        var kafka = kafka();
        var connection = plain("local", broker.bootstrap());

        var first = kafka.clientOf(connection);
        var again = kafka.clientOf(connection);

        assertThat(again).isSameAs(first);
        assertThat(first.admin().describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isNotBlank();
        assertThat(TopicAdmin.on(first).topicNames()).isNotNull();
        assertThat(kafka.clients().openCount()).isEqualTo(1);
    }

    @Test
    void anEditedConnectionGetsANewClientAndTheOldOneIsClosed() {
        var kafka = kafka();
        var before = plain("edited", broker.bootstrap());
        kafka.catalog().save(before, false);
        var oldClient = kafka.clientOf(before);

        var after = new Connection("edited", broker.bootstrap(), new AuthSettings.Plaintext(),
                java.util.Map.of("client.dns.lookup", "use_all_dns_ips"));
        kafka.catalog().save(after, true);

        assertThat(oldClient.isClosed()).as("closed when its connection was saved again").isTrue();
        var newClient = kafka.clientOf(after);
        assertThat(newClient).isNotSameAs(oldClient);
        assertThat(newClient.isClosed()).isFalse();
        assertThat(kafka.clients().openCount()).isEqualTo(1);
    }

    @Test
    void aRemovedConnectionsClientIsClosed() {
        var kafka = kafka();
        var connection = plain("removed", broker.bootstrap());
        kafka.catalog().save(connection, false);
        var client = kafka.clientOf(connection);

        kafka.catalog().remove("REMOVED");

        assertThat(client.isClosed()).isTrue();
        assertThat(kafka.clients().openCount()).isZero();
    }

    @Test
    void theSandboxMovingToAnotherPortReplacesItsClient() {
        var kafka = kafka();
        sandbox.set(Optional.of("127.0.0.1:1"));
        var atOldPort = kafka.clientOf(kafka.catalog().localSandbox());

        sandbox.set(Optional.of(broker.bootstrap()));
        var atNewPort = kafka.clientOf(kafka.catalog().localSandbox());

        assertThat(atOldPort.isClosed()).as("the client of the old port").isTrue();
        assertThat(atNewPort.where()).contains(broker.bootstrap());
        assertThat(kafka.clients().openCount()).isEqualTo(1);
    }

    @Test
    void consumersAndProducersAreMadeFromTheSameSettingsEachWithItsOwnId() throws Exception {
        var client = kafka().clientOf(plain("local", broker.bootstrap()));
        var topic = "client-test-" + System.nanoTime();
        try (var admin = TopicAdmin.on(client)) {
            admin.createPipelineTopics(topic, java.util.OptionalInt.of(1), java.util.OptionalInt.empty());
        }
        try (var producer = client.producer("test", config -> { }, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic + ".pin", "k", "v")).get(10, TimeUnit.SECONDS);
        }
        try (var consumer = client.consumer("test", config -> { })) {
            consumer.assign(java.util.List.of(new org.apache.kafka.common.TopicPartition(topic + ".pin", 0)));
            consumer.seekToBeginning(consumer.assignment());
            var records = consumer.poll(Duration.ofSeconds(10));
            assertThat(records.count()).isEqualTo(1);
            assertThatThrownBy(consumer::groupMetadata).as("joins no group")
                    .isInstanceOf(org.apache.kafka.common.errors.InvalidGroupIdException.class);
        }
        // Closing what was lent out leaves the shared admin working.
        assertThat(client.admin().listTopics().names().get(10, TimeUnit.SECONDS)).contains(topic + ".pin");
    }

    @Test
    void aClosedAdminOnTopOfASharedClientLeavesTheClientOpen() {
        var client = kafka().clientOf(plain("local", broker.bootstrap()));
        TopicAdmin.on(client).close();
        assertThat(client.isClosed()).isFalse();
        assertThat(Admin.class).isAssignableFrom(client.admin().getClass());
    }

    @Test
    void badSettingsGiveASentenceNotAKafkaException() {
        var properties = new java.util.Properties();
        properties.setProperty("bootstrap.servers", broker.bootstrap());
        properties.setProperty("security.protocol", "SSL");
        properties.setProperty("ssl.truststore.location", dir.resolve("missing.jks").toString());
        assertThatThrownBy(() -> ClusterClient.open(properties, "the test broker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot set up a client for the test broker");
    }
}
