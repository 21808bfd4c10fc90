package io.pinpipe.emulator;

import io.pinpipe.sandbox.SampleDatabase;
import io.pinpipe.testing.InProcessKafka;
import io.pinpipe.testing.KafkaTestClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A topic deleted during a run, on a broker that does not create topics by itself (MSK's default): the run ends
 * within seconds saying which topic went, and every record is acknowledged or counted failed. Before, the run
 * stalled with its state still Running, and Stop took 100 s.
 */
@Tag("slow")
class TopicDeletedMidRunTest {

    @TempDir
    static Path home;
    private static SampleDatabase database;
    private static InProcessKafka kafka;

    @BeforeAll
    static void start() {
        database = SandboxSource.create(home);
        kafka = InProcessKafka.withoutAutoCreate();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void theRunEndsFailedNamingTheTopicAndEveryRecordIsAccountedFor() throws Exception {
        var bootstrap = kafka.broker().bootstrap();
        for (var table : SourceTable.values()) {
            KafkaTestClients.createTopic(bootstrap, table.topic("gone"));
        }
        var stats = new EmulatorStats("gone");
        var properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        var engine = new EmulatorEngine(RowSource.open(SourceSettings.sandbox(database)),
                new KafkaSink(properties, "gone", new RowJson(DateTimeStyle.ISO), stats), stats,
                new EmulatorSettings(new Pacing.Rate(200), new Limit.None(), 1), EmulatorListener.NONE);
        engine.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.stats().acked() > 300);

        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.deleteTopics(List.of("gone.geo")).all().get(30, TimeUnit.SECONDS);
        }
        var deleted = System.nanoTime();
        var summary = engine.finished().get(30, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - deleted)).isLessThan(Duration.ofSeconds(20));
        assertThat(engine.state()).isInstanceOfSatisfying(EmulatorState.Failed.class, failed ->
                assertThat(failed.reason()).isEqualTo("Topic gone.geo was deleted during the run, so the run stopped"));
        var counts = summary.stats();
        assertThat(counts.acked() + counts.failed()).isEqualTo(counts.sampled());
        assertThat(counts.topic(SourceTable.GEO).failed()).isPositive();
        assertThat(counts.topic(SourceTable.PIN).acked()).isGreaterThan(100);
    }
}
