package io.pinpipe.consumers;

import io.pinpipe.consumers.ResetCsv.Line;
import io.pinpipe.consumers.ResetTarget.FromFile;
import io.pinpipe.consumers.ResetTarget.ToOffset;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.consumer.group.ResetOffsetsTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinpipe's reset CSV and Kafka's tool read each other's files. */
@ExtendWith(EmbeddedKafkaExtension.class)
class ResetCsvToolTest {

    private final KafkaBroker broker;
    private ResetTestSupport kafka;
    private GroupAdmin groups;
    private String topic;
    private String group;
    @TempDir
    Path folder;

    ResetCsvToolTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void topicWithAGroup() throws Exception {
        kafka = new ResetTestSupport(broker.bootstrap());
        groups = GroupAdmin.connect(ResetTestSupport.client(broker.bootstrap()), broker.bootstrap(), Duration.ofSeconds(15));
        topic = ResetTestSupport.unique("reset-csv");
        group = ResetTestSupport.unique("reset-csv-group");
        kafka.createTopic(topic, 3);
        kafka.produce(topic, 3, 8, System.currentTimeMillis() - Duration.ofHours(1).toMillis());
        kafka.commit(group, topic, 1, 2, 3);
    }

    @AfterEach
    void close() {
        groups.close();
        kafka.close();
    }

    @Test
    void theToolPlansFromPinpipesFileWhatPinpipePlanned() throws Exception {
        var plan = groups.planReset(group, ResetScope.topic(topic, 0, 2), new ToOffset(6));
        var file = Files.writeString(folder.resolve("plan.csv"), ResetCsv.write(plan));

        var tool = ResetOffsetsTool.plan("--bootstrap-server", broker.bootstrap(), "--group", group, "--reset-offsets",
                "--from-file", file.toString(), "--dry-run").get(group);

        assertThat(tool).isEqualTo(Map.of(new TopicPartition(topic, 0), 6L, new TopicPartition(topic, 2), 6L));
        assertThat(tool).isEqualTo(ResetTestSupport.targets(plan));
    }

    @Test
    void pinpipeReadsTheFileTheToolExportsForOneGroup() {
        var csv = ResetOffsetsTool.export("--bootstrap-server", broker.bootstrap(), "--group", group, "--reset-offsets",
                "--topic", topic, "--to-offset", "5", "--dry-run", "--export");

        assertThat(ResetCsv.read(csv)).containsExactlyInAnyOrder(new Line("", topic, 0, 5), new Line("", topic, 1, 5),
                new Line("", topic, 2, 5));
        var plan = groups.planReset(group, ResetScope.allTopics(), new FromFile(ResetCsv.read(csv)));
        assertThat(ResetTestSupport.targets(plan).values()).containsOnly(5L).hasSize(3);
    }

    @Test
    void pinpipeReadsTheFileTheToolExportsForSeveralGroupsAndTakesOnlyItsGroupsLines() throws Exception {
        var second = ResetTestSupport.unique("reset-csv-second");
        kafka.commit(second, topic, 7);

        var csv = ResetOffsetsTool.export("--bootstrap-server", broker.bootstrap(), "--group", group, "--group", second,
                "--reset-offsets", "--topic", topic + ":0", "--to-earliest", "--dry-run", "--export");
        var lines = ResetCsv.read(csv);

        assertThat(lines).containsExactlyInAnyOrder(new Line(group, topic, 0, 0), new Line(second, topic, 0, 0));
        var plan = groups.planReset(second, ResetScope.allTopics(), new FromFile(lines));
        assertThat(ResetTestSupport.targets(plan)).isEqualTo(Map.of(new TopicPartition(topic, 0), 0L));
    }

    @Test
    void partitionsOfTheFileThatTheTopicLacksAreLeftOutWithAWarning() {
        var lines = ResetCsv.read(topic + ",0,4\n" + topic + ",9,4\nno-such-topic-" + group + ",0,4\n");

        var plan = groups.planReset(group, ResetScope.allTopics(), new FromFile(lines));

        assertThat(ResetTestSupport.targets(plan)).isEqualTo(Map.of(new TopicPartition(topic, 0), 4L));
        assertThat(plan.warnings()).containsExactly(topic + "-9: the topic has no such partition; left out",
                "no-such-topic-" + group + "-0: the topic does not exist; left out");
    }
}
