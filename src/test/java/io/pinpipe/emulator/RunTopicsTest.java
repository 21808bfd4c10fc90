package io.pinpipe.emulator;

import io.pinpipe.client.ClusterClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.FirstRecords;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The topics check before a run, against a real broker. */
@ExtendWith(EmbeddedKafkaExtension.class)
class RunTopicsTest {

    private static final int PARTITIONS = 48;

    private final KafkaBroker broker;
    private ClusterClient client;

    RunTopicsTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void topicsAnotherToolCreatedAMomentAgoTakeRecordsOnceTheCheckPasses() throws Exception {
        var prefix = "made-elsewhere-" + ProcessHandle.current().pid();
        var topics = Arrays.stream(SourceTable.values()).map(table -> table.topic(prefix)).toList();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()));
             var first = new FirstRecords(broker.bootstrap())) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);

            var created = RunTopics.ensure(client, prefix, false, "create them");

            assertThat(created).isEmpty();
            for (var topic : topics) {
                assertThat(first.refusedBy(topic, PARTITIONS)).as("partitions of %s that refused the first record", topic)
                        .isEmpty();
            }
        }
    }

    @Test
    void missingTopicsAreNamedWithHowToCreateThem() {
        assertThatThrownBy(() -> RunTopics.ensure(client, "never-made", false, "tick the box"))
                .hasMessage("Topics never-made.pin, never-made.geo, never-made.user not found at the test broker: tick the box");
    }

    @BeforeEach
    void openClient() {
        client = ClusterClient.open(properties(), "the test broker");
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private Properties properties() {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", broker.bootstrap());
        return properties;
    }
}
