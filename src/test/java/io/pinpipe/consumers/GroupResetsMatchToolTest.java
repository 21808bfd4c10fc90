package io.pinpipe.consumers;

import io.pinpipe.consumers.ResetTarget.ByDuration;
import io.pinpipe.consumers.ResetTarget.FromFile;
import io.pinpipe.consumers.ResetTarget.FromGroup;
import io.pinpipe.consumers.ResetTarget.ShiftBy;
import io.pinpipe.consumers.ResetTarget.ToDateTime;
import io.pinpipe.consumers.ResetTarget.ToEarliest;
import io.pinpipe.consumers.ResetTarget.ToLatest;
import io.pinpipe.consumers.ResetTarget.ToOffset;
import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of reset planned by Pinpipe and by Kafka's own {@code kafka-consumer-groups.sh --reset-offsets
 * --dry-run}, run in-process with the arguments of the plan's command line: the same offset on every partition.
 * The topic has 3 partitions of 10 messages a minute apart; partition 2 starts at offset 2 (records deleted); the
 * group has committed 4, 5 and 6.
 */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupResetsMatchToolTest {

    private static final int PARTITIONS = 3;
    private static final int MESSAGES = 10;

    private final KafkaBroker broker;
    private ResetTestSupport kafka;
    private GroupAdmin groups;
    private String topic;
    private String group;
    private Instant firstMessageAt;
    @TempDir
    Path folder;

    GroupResetsMatchToolTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @BeforeEach
    void topicWithAGroup() throws Exception {
        kafka = new ResetTestSupport(broker.bootstrap());
        groups = GroupAdmin.connect(ResetTestSupport.client(broker.bootstrap()), broker.bootstrap(), Duration.ofSeconds(15));
        topic = ResetTestSupport.unique("reset-match");
        group = ResetTestSupport.unique("reset-match-group");
        firstMessageAt = Instant.now().minus(Duration.ofHours(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        kafka.createTopic(topic, PARTITIONS);
        kafka.produce(topic, PARTITIONS, MESSAGES, firstMessageAt.toEpochMilli());
        kafka.deleteBefore(topic, 2, 2);
        kafka.commit(group, topic, 4, 5, 6);
    }

    @AfterEach
    void close() {
        groups.close();
        kafka.close();
    }

    @Test
    void toEarliestOnEveryTopicOfTheGroup() {
        var plan = groups.planReset(group, ResetScope.allTopics(), new ToEarliest());

        assertThat(plan.commandLine()).contains("--all-topics", "--to-earliest", "--dry-run", "--group " + group);
        assertSameAsTool(plan, Map.of(0, 0L, 1, 0L, 2, 2L));
        assertThat(plan.rows()).extracting(ResetPlan.Row::current)
                .containsExactly(OptionalLong.of(4), OptionalLong.of(5), OptionalLong.of(6));
        assertThat(plan.rows().get(1).change()).hasValue(-5);
    }

    @Test
    void toLatestOnChosenPartitions() {
        var plan = groups.planReset(group, ResetScope.topic(topic, 2, 0), new ToLatest());

        assertThat(plan.commandLine()).contains("--topic " + topic + ":2,0", "--to-latest");
        assertSameAsTool(plan, Map.of(0, 10L, 2, 10L));
        assertThat(plan.rows()).extracting(ResetPlan.Row::partition).containsExactly(0, 2);
    }

    @Test
    void toOffsetInsideTheLog() {
        assertSameAsTool(groups.planReset(group, ResetScope.topic(topic), new ToOffset(7)), Map.of(0, 7L, 1, 7L, 2, 7L));
    }

    @Test
    void toOffsetBeyondTheEndIsClampedToTheEndWithAWarning() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ToOffset(500));

        assertSameAsTool(plan, Map.of(0, 10L, 1, 10L, 2, 10L));
        assertThat(plan.rows()).allMatch(ResetPlan.Row::clamped);
        assertThat(plan.warnings()).contains(topic + "-1: the offset 500 is outside the log (0 to 10); set to 10");
    }

    @Test
    void toOffsetBelowTheLogStartIsClampedToTheStart() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ToOffset(1));

        assertSameAsTool(plan, Map.of(0, 1L, 1, 1L, 2, 2L));
        assertThat(plan.rows()).extracting(ResetPlan.Row::clamped).containsExactly(false, false, true);
        assertThat(plan.warnings()).containsExactly(topic + "-2: the offset 1 is outside the log (2 to 10); set to 2");
    }

    @Test
    void shiftByBelowZeroAndBelowTheLogStartIsClamped() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ShiftBy(-5));

        assertThat(plan.commandLine()).contains("--shift-by -5");
        assertSameAsTool(plan, Map.of(0, 0L, 1, 0L, 2, 2L));
        assertThat(plan.rows()).extracting(ResetPlan.Row::clamped).containsExactly(true, false, true);
    }

    @Test
    void shiftByPastTheEndIsClampedToTheEnd() {
        assertSameAsTool(groups.planReset(group, ResetScope.topic(topic), new ShiftBy(5)), Map.of(0, 9L, 1, 10L, 2, 10L));
    }

    @Test
    void shiftByTheLargestNumberGoesToTheEndNotRoundToTheStart() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ShiftBy(Long.MAX_VALUE));

        assertThat(ResetTestSupport.targets(plan)).isEqualTo(expected(Map.of(0, 10L, 1, 10L, 2, 10L)));
        assertThat(plan.rows()).allMatch(ResetPlan.Row::clamped);
        assertThat(plan.rows().get(0).changeWords()).isEqualTo("skips 6");
    }

    @Test
    void shiftByTheSmallestNumberGoesToTheStart() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ShiftBy(Long.MIN_VALUE));

        assertThat(ResetTestSupport.targets(plan)).isEqualTo(expected(Map.of(0, 0L, 1, 0L, 2, 2L)));
        assertThat(plan.rows().get(2).changeWords()).isEqualTo("replays 4");
    }

    /**
     * The coordinator can still hold offsets of a topic that was deleted (it forgets them a little later): an
     * --all-topics plan names that topic in a warning and resets the rest, as the lines of a file are treated.
     * The planner is given the committed offsets as the group would have them, the gone topic included.
     */
    @Test
    void allTopicsLeavesOutATopicThatNoLongerExistsWithAWarning() {
        var calls = new GroupCalls("reset-test", broker.bootstrap(), Duration.ofSeconds(15));
        var planner = new ResetPlanner(new OffsetLookup(kafka.admin, calls), new PartitionCatalog(kafka.admin, calls),
                java.time.Clock.systemUTC());
        var gone = ResetTestSupport.unique("reset-gone");
        var committed = Map.of(new TopicPartition(topic, 0), 4L, new TopicPartition(topic, 1), 5L,
                new TopicPartition(topic, 2), 6L, new TopicPartition(gone, 0), 3L);

        for (ResetTarget target : java.util.List.of(new ToEarliest(), new ToOffset(7), new ShiftBy(1))) {
            var planned = planner.plan(group, committed, ResetScope.allTopics(), target);

            assertThat(planned.rows()).extracting(ResetPlan.Row::topic).containsOnly(topic).hasSize(3);
            assertThat(planned.warnings()).contains(gone + "-0: the group has an offset there but the topic does not "
                    + "exist; left out");
        }
    }

    @Test
    void toDateTimeFindsTheFirstMessageAtOrAfterIt() {
        var plan = groups.planReset(group, ResetScope.topic(topic),
                new ToDateTime(firstMessageAt.plus(Duration.ofSeconds(4 * 60 + 30))));

        assertThat(plan.commandLine()).containsPattern("--to-datetime \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertSameAsTool(plan, Map.of(0, 5L, 1, 5L, 2, 5L));
    }

    @Test
    void toDateTimeAfterTheNewestMessageGoesToTheEndWithAWarning() {
        var plan = groups.planReset(group, ResetScope.topic(topic), new ToDateTime(firstMessageAt.plus(Duration.ofHours(1))));

        assertSameAsTool(plan, Map.of(0, 10L, 1, 10L, 2, 10L));
        assertThat(plan.warnings()).anyMatch(warning -> warning.startsWith(topic + "-0: no message at or after"));
    }

    @Test
    void byDurationCountsBackFromNow() {
        var ago = Duration.between(firstMessageAt.plus(Duration.ofSeconds(2 * 60 + 30)), Instant.now())
                .withNanos(0);

        var plan = groups.planReset(group, ResetScope.topic(topic, 0, 1), new ByDuration(ago));

        assertThat(plan.commandLine()).contains("--by-duration " + ago);
        assertSameAsTool(plan, Map.of(0, 3L, 1, 3L));
    }

    @Test
    void fromFileClampsWhatTheLogDoesNotHave() throws Exception {
        var csv = topic + ",0,3\n" + topic + ",1,50\n" + topic + ",2,0\n";
        var file = Files.writeString(folder.resolve("offsets.csv"), csv);

        var plan = groups.planReset(group, ResetScope.allTopics(), new FromFile(ResetCsv.read(csv)));

        assertThat(plan.commandLine()).contains("--from-file " + ResetCommandLine.PLAN_FILE);
        assertThat(ResetTestSupport.toolPlan(plan, file.toString())).isEqualTo(ResetTestSupport.targets(plan));
        assertThat(ResetTestSupport.targets(plan)).isEqualTo(expected(Map.of(0, 3L, 1, 10L, 2, 2L)));
    }

    @Test
    void fromGroupCopiesTheOtherGroupsOffsetsAndReplaysAsTheExportedFile() throws Exception {
        var other = ResetTestSupport.unique("reset-match-other");
        kafka.commit(other, topic, 8, 1);

        var plan = groups.planReset(group, ResetScope.topic(topic), new FromGroup(other));

        assertThat(ResetTestSupport.targets(plan)).isEqualTo(expected(Map.of(0, 8L, 1, 1L)));
        assertThat(plan.warnings()).anyMatch(warning -> warning.startsWith(topic + "-2: group '" + other + "' has no"));
        var file = Files.writeString(folder.resolve("plan.csv"), ResetCsv.write(plan));
        assertThat(ResetTestSupport.toolPlan(plan, file.toString())).isEqualTo(ResetTestSupport.targets(plan));
    }

    private void assertSameAsTool(ResetPlan plan, Map<Integer, Long> expected) {
        var tool = ResetTestSupport.toolPlan(plan, null);
        assertThat(ResetTestSupport.targets(plan)).as("Pinpipe's plan against the tool's").isEqualTo(tool);
        assertThat(ResetTestSupport.targets(plan)).isEqualTo(expected(expected));
        assertThat(plan.rows()).isSortedAccordingTo(java.util.Comparator.comparing(ResetPlan.Row::topic)
                .thenComparingInt(ResetPlan.Row::partition));
    }

    private Map<TopicPartition, Long> expected(Map<Integer, Long> byPartition) {
        var map = new java.util.HashMap<TopicPartition, Long>();
        byPartition.forEach((partition, offset) -> map.put(new TopicPartition(topic, partition), offset));
        return map;
    }
}
