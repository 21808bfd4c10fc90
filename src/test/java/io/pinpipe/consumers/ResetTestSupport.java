package io.pinpipe.consumers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.tools.consumer.group.ResetOffsetsTool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A topic with messages at known times and a group with known committed offsets, on the shared test broker; and
 * Kafka's tool run with the arguments of a plan's command line.
 */
final class ResetTestSupport implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String bootstrap;
    final Admin admin;

    ResetTestSupport(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(client(bootstrap));
    }

    static String unique(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    static Properties client(String bootstrap) {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        return properties;
    }

    void createTopic(String topic, int partitions) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        GroupTestKafka.awaitLeaders(admin, topic, partitions);
    }

    /** {@code count} messages on each partition, message i stamped {@code firstAt + i} minutes. */
    void produce(String topic, int partitions, int count, long firstAtMillis) throws Exception {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (var partition = 0; partition < partitions; partition++) {
                for (var i = 0; i < count; i++) {
                    producer.send(new ProducerRecord<>(topic, partition, firstAtMillis + Duration.ofMinutes(i).toMillis(),
                            "k", partition + ":" + i));
                }
            }
            producer.flush();
        }
    }

    /** Moves the log start of one partition, so that offsets below it are gone. */
    void deleteBefore(String topic, int partition, long offset) throws Exception {
        admin.deleteRecords(Map.of(new TopicPartition(topic, partition), RecordsToDelete.beforeOffset(offset)))
                .all().get(30, TimeUnit.SECONDS);
    }

    /** Commits offsets for a group with no members: the group then exists, Empty. */
    void commit(String group, String topic, long... offsets) throws Exception {
        var map = new HashMap<TopicPartition, OffsetAndMetadata>();
        for (var partition = 0; partition < offsets.length; partition++) {
            map.put(new TopicPartition(topic, partition), new OffsetAndMetadata(offsets[partition]));
        }
        admin.alterConsumerGroupOffsets(group, map).all().get(30, TimeUnit.SECONDS);
    }

    Map<TopicPartition, Long> committed(String group) throws Exception {
        var offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        var plain = new HashMap<TopicPartition, Long>();
        offsets.forEach((partition, offset) -> plain.put(partition, offset.offset()));
        return plain;
    }

    static Map<TopicPartition, Long> targets(ResetPlan plan) {
        var targets = new HashMap<TopicPartition, Long>();
        plan.rows().forEach(row -> targets.put(new TopicPartition(row.topic(), row.partition()), row.target()));
        return targets;
    }

    /** What Kafka's tool plans when run with the plan's own command line ({@code reset-plan.csv} replaced by a file). */
    static Map<TopicPartition, Long> toolPlan(ResetPlan plan, String planFile) {
        var args = arguments(plan.commandLine(), planFile);
        return ResetOffsetsTool.plan(args.toArray(String[]::new)).getOrDefault(plan.groupId(), Map.of());
    }

    /** The words of a command line as a shell would pass them, without the program and the trailing comment. */
    static List<String> arguments(String commandLine, String planFile) {
        var words = new ArrayList<String>();
        Matcher word = Pattern.compile("'((?:[^']|'\\\\'')*)'|(#.*)|(\\S+)").matcher(commandLine);
        while (word.find()) {
            if (word.group(1) != null) {
                words.add(word.group(1).replace("'\\''", "'"));
            } else if (word.group(3) != null) {
                words.add(word.group(3).equals(ResetCommandLine.PLAN_FILE) && planFile != null ? planFile : word.group(3));
            }
        }
        if (!words.get(0).equals("kafka-consumer-groups.sh")) {
            throw new IllegalArgumentException("Not a kafka-consumer-groups.sh line: " + commandLine);
        }
        return words.subList(1, words.size());
    }

    static List<String> args(String... words) {
        return Arrays.asList(words);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
