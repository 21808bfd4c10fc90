package io.pinpipe.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline's readers for the README's Consumers picture: a stream job that keeps up (a member polling the three
 * topics, committing as it goes) and the S3 sink's group, stopped half-way through what the emulator has written.
 */
final class TourReaders implements AutoCloseable {

    static final String SINK = "connect-s3-sink-pinterest";
    static final String STREAM_JOB = "pin-stream-job";

    private final Thread job;
    private volatile boolean running = true;

    private TourReaders(String bootstrap, List<String> topics) {
        job = new Thread(() -> keepUp(bootstrap, topics), "tour-stream-job");
        job.setDaemon(true);
    }

    static TourReaders start(String bootstrap, String prefix) {
        var topics = List.of(prefix + ".pin", prefix + ".geo", prefix + ".user");
        stoppedHalfWay(bootstrap, topics);
        var readers = new TourReaders(bootstrap, topics);
        readers.job.start();
        return readers;
    }

    private static void stoppedHalfWay(String bootstrap, List<String> topics) {
        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            var partitions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS);
            var halfWay = new HashMap<TopicPartition, OffsetAndMetadata>();
            ends.forEach((partition, end) -> halfWay.put(partition, new OffsetAndMetadata(end.offset() / 2)));
            admin.alterConsumerGroupOffsets(SINK, halfWay).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not commit the sink's offsets: " + e.getMessage(), e);
        }
    }

    private void keepUp(String bootstrap, List<String> topics) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", STREAM_JOB, "client.id", "pin-stream-job-1", "auto.offset.reset", "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            while (running) {
                consumer.poll(Duration.ofMillis(200));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        job.join(10_000);
    }
}
