package io.pinpipe.messages;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.consumer.ConsoleConsumer;
import org.apache.kafka.tools.consumer.ConsoleConsumerOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** Topics on the shared test broker under unique names, their end offsets, and Kafka's ConsoleConsumer run in-process. */
public final class ProduceTestKafka implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String bootstrap;
    private final Admin admin;

    public ProduceTestKafka(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    public static String unique(String stem) {
        return stem + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    public ClusterClient client() {
        var properties = new Properties();
        properties.setProperty("bootstrap.servers", bootstrap);
        return ClusterClient.open(properties, bootstrap, Duration.ofSeconds(15));
    }

    public String topic(String stem, int partitions) throws Exception {
        return topic(stem, partitions, Map.of());
    }

    public String topic(String stem, int partitions, Map<String, String> configs) throws Exception {
        var name = unique(stem);
        admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all().get(30, TimeUnit.SECONDS);
        awaitLeaders(name, partitions);
        return name;
    }

    private void awaitLeaders(String topic, int partitions) {
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        for (var partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS).size() == partitions);
    }

    /** Partition to end offset. */
    public Map<Integer, Long> endOffsets(String topic, int partitions) throws Exception {
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        for (var partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        var ends = new TreeMap<Integer, Long>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
        return ends;
    }

    public boolean exists(String topic) throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
    }

    /**
     * What {@code kafka-console-consumer.sh --from-beginning --max-messages N --property print.key=true
     * --property print.headers=true --property print.partition=true} prints, each line's bytes as ISO-8859-1 so
     * the comparison is byte-exact.
     */
    public synchronized List<String> consoleConsumer(String topic, int count) throws Exception {
        var captured = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.ISO_8859_1));
        try {
            ConsoleConsumer.run(new ConsoleConsumerOptions(new String[]{"--bootstrap-server", bootstrap, "--topic", topic,
                    "--from-beginning", "--max-messages", String.valueOf(count), "--timeout-ms", "30000",
                    "--formatter-property", "print.key=true", "--formatter-property", "print.headers=true",
                    "--formatter-property", "print.partition=true"}));
        } finally {
            System.setOut(original);
        }
        var lines = new ArrayList<String>();
        var text = captured.toString(StandardCharsets.ISO_8859_1);
        for (var line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The line the ConsoleConsumer prints for these bytes (its DefaultMessageFormatter's layout), as ISO-8859-1. */
    public static String consoleLine(int partition, List<Message.Header> headers, byte[] key, byte[] value) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("Partition:" + partition + "\t").getBytes(StandardCharsets.UTF_8));
        if (headers.isEmpty()) {
            out.writeBytes("NO_HEADERS".getBytes(StandardCharsets.UTF_8));
        }
        for (var i = 0; i < headers.size(); i++) {
            out.writeBytes(((i == 0 ? "" : ",") + headers.get(i).name() + ":").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(headers.get(i).value() == null ? "null".getBytes(StandardCharsets.UTF_8) : headers.get(i).value());
        }
        out.writeBytes("\t".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(key == null ? "null".getBytes(StandardCharsets.UTF_8) : key);
        out.writeBytes("\t".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value == null ? "null".getBytes(StandardCharsets.UTF_8) : value);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** All records of a partition from the beginning, with raw bytes. */
    public List<ConsumerRecord<byte[], byte[]>> records(String topic, int partition, long end) {
        try (var client = client(); var consumer = client.consumer("test-read", config -> { })) {
            var tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            var records = new ArrayList<ConsumerRecord<byte[], byte[]>>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return consumer.position(tp) >= end;
            });
            return records;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
