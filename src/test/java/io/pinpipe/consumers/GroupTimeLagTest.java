package io.pinpipe.consumers;

import io.pinpipe.testing.EmbeddedKafkaExtension;
import io.pinpipe.testing.KafkaBroker;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag in time, from messages produced with known timestamps. */
@ExtendWith(EmbeddedKafkaExtension.class)
class GroupTimeLagTest {

    private final KafkaBroker broker;

    GroupTimeLagTest(KafkaBroker broker) {
        this.broker = broker;
    }

    @Test
    void aGroupBehindIsAsFarBehindAsItsSlowestPartitionAndACaughtUpGroupIsNot() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("time", 2);
            var start = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
            kafka.produce(topic, 0, 10, start, 1_000);     // newest at start + 9 s
            kafka.produce(topic, 1, 5, start, 60_000);     // newest at start + 4 min
            var p0 = new TopicPartition(topic, 0);
            var p1 = new TopicPartition(topic, 1);
            var behind = GroupTestKafka.unique("behind");
            var sameOffset = GroupTestKafka.unique("same-offset");
            var caughtUp = GroupTestKafka.unique("caught-up");
            var lagging = GroupTestKafka.unique("lagging");
            kafka.commit(behind, Map.of(p0, 3L, p1, 5L));      // p0: 9 s - 3 s behind; p1 caught up
            kafka.commit(sameOffset, Map.of(p0, 3L));
            kafka.commit(caughtUp, Map.of(p0, 10L, p1, 5L));
            kafka.commit(lagging, Map.of(p0, 9L, p1, 1L));     // p1: 4 min - 1 min behind
            var never = GroupTestKafka.unique("never-committed");

            var lags = groups.timeLags(List.of(behind, sameOffset, caughtUp, lagging, never), () -> false);

            assertThat(lags.get(behind)).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
            assertThat(lags.get(sameOffset)).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
            assertThat(lags.get(caughtUp)).isEqualTo(TimeLag.CAUGHT_UP);
            assertThat(lags.get(lagging)).isEqualTo(TimeLag.of(Duration.ofMinutes(3)));
            assertThat(lags.get(never).known()).isFalse();
            assertThat(lags.get(never).why()).isEqualTo("no committed offset");
            assertThat(groups.describe(behind).summary().timeLag()).isEqualTo(TimeLag.of(Duration.ofSeconds(6)));
        }
    }

    @Test
    void aGroupWhoseNextMessageWasDeletedHasAnUnknownTimeLagThatSaysSo() throws Exception {
        try (var kafka = new GroupTestKafka(broker.bootstrap());
             var groups = GroupAdmin.connect(kafka.clientProperties(), broker.bootstrap(), Duration.ofSeconds(15))) {
            var topic = kafka.topic("deleted", 1);
            kafka.produce(topic, 0, 6, System.currentTimeMillis(), 1);
            var partition = new TopicPartition(topic, 0);
            kafka.admin().deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(4)))
                    .all().get();
            var group = GroupTestKafka.unique("too-slow");
            kafka.commit(group, Map.of(partition, 2L));

            var lag = groups.timeLags(List.of(group), () -> false).get(group);

            assertThat(lag.known()).isFalse();
            assertThat(lag.why()).contains("deleted");
        }
    }
}
