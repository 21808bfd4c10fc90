package io.pinpipe.emulator;

import io.pinpipe.client.ClusterClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Sends each row to {@code <prefix>.pin}, {@code .geo} or {@code .user}, keyed by the id, the row as JSON.
 * {@code acks=all} and idempotence, so a broker restart mid-run neither loses nor duplicates a record.
 */
public final class KafkaSink implements EventSink {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    // Once a topic is gone, what the others have in flight gets this long to be acknowledged.
    private static final Duration GONE_GRACE = Duration.ofSeconds(5);

    private final KafkaProducer<String, byte[]> producer;
    private final String[] topics;
    private final RowJson json;
    private final EmulatorStats stats;
    private final TopicWatch watch;
    private final ClusterClient client;
    private final boolean ownsClient;
    private volatile String gone;

    /** On a client of its own, closed with the sink: for one-off runs and tests. */
    public KafkaSink(Properties clientProperties, String prefix, RowJson json, EmulatorStats stats) {
        this(ClusterClient.open(clientProperties, "the broker"), true, prefix, json, stats);
    }

    /** @param client the cluster's client, shared: the sink closes only its own producer */
    public KafkaSink(ClusterClient client, String prefix, RowJson json, EmulatorStats stats) {
        this(client, false, prefix, json, stats);
    }

    private KafkaSink(ClusterClient client, boolean ownsClient, String prefix, RowJson json, EmulatorStats stats) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.producer = client.producer("emulator", KafkaSink::configure, new StringSerializer(), new ByteArraySerializer());
        this.topics = Arrays.stream(SourceTable.values()).map(table -> table.topic(prefix)).toArray(String[]::new);
        this.json = json;
        this.stats = stats;
        try {
            this.watch = TopicWatch.start(client, List.of(topics), this::topicGone);
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            closeOwnClient();
            throw e;
        }
    }

    /** Tuning as defaults (a client.properties may say otherwise), delivery guarantees always. */
    static void configure(Properties config) {
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        // Rows are a few hundred bytes: at full pace 128 KiB batches mean fewer, larger requests for the broker
        // (bench/emulator-vs-producer.sh, steady state: 142,000 records/s with the 16 KiB default, 172,000 to 212,000).
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
        // A send that cannot even find its topic fails within a minute rather than blocking the run for good.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    }

    /** Writes the rows as JSON; {@link RowJson} keeps the bytes with each row for {@link #send}. */
    @Override
    public void prepare(EmulatorEvent event) {
        for (var row : event.rows().values()) {
            try {
                json.writeBytes(row);
            } catch (RuntimeException e) {
                // send() meets it again and counts the record as failed.
            }
        }
    }

    /** @throws IllegalStateException once a topic of the run is gone: the run cannot go on */
    @Override
    public void send(EmulatorEvent event) {
        var key = Integer.toString(event.id());
        for (var entry : event.rows().entrySet()) {
            var table = entry.getKey();
            if (gone != null) {
                stats.failed(table, gone);
                continue;
            }
            try {
                var record = new ProducerRecord<>(topics[table.ordinal()], key, json.writeBytes(entry.getValue()));
                stats.sent(table);
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        stats.acked(table);
                    } else {
                        stats.failed(table, reason(error));
                    }
                });
            } catch (RuntimeException e) {
                // A send waiting for a deleted topic's metadata ends when the watch closes the producer.
                stats.failed(table, gone != null ? gone : reason(e));
            }
        }
        if (gone != null) {
            throw new IllegalStateException(gone);
        }
    }

    @Override
    public void flush() {
        if (gone == null) {
            producer.flush();
        }
    }

    /** Whatever is still in flight after the timeout is aborted, and its callbacks count it as failed. */
    @Override
    public void close() {
        watch.close();
        producer.close(CLOSE_TIMEOUT);
        closeOwnClient();
    }

    private void closeOwnClient() {
        if (ownsClient) {
            client.close();
        }
    }

    /** On the watch's thread: the run ends; a send waiting for the topic is freed, the rest gets a moment. */
    private void topicGone(String topic) {
        gone = "Topic " + topic + " was deleted during the run, so the run stopped";
        producer.close(GONE_GRACE);
    }

    static String reason(Throwable error) {
        var message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().split("\\R", 2)[0]);
    }
}
