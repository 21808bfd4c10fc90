package io.pinpipe.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The original pipeline's path: a Confluent REST proxy (v2) behind API Gateway. Rows are queued per topic and
 * posted several to a request, a few times a second, on a thread of the sink's own; the offsets in each answer
 * say which records were acked. A full queue makes {@link #send} wait, so the run slows to what the proxy takes.
 */
public final class RestProxySink implements EventSink {

    public static final String CONTENT_TYPE = "application/vnd.kafka.json.v2+json";
    public static final String API_KEY_HEADER = "x-api-key";
    private static final int QUEUE_CAPACITY = 10_000;
    private static final long DRAIN_EVERY_MILLIS = 100;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Optional<String> apiKey;
    private final String prefix;
    private final RowJson json;
    private final EmulatorStats stats;
    private final int batchSize;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<SourceTable, BlockingQueue<Pending>> queues = new EnumMap<>(SourceTable.class);
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "emulator-rest-sink");
        thread.setDaemon(true);
        return thread;
    });

    private record Pending(String key, Map<String, Object> row) {
    }

    public RestProxySink(URI url, Optional<String> apiKey, String prefix, RowJson json, EmulatorStats stats, int batchSize) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("The REST proxy URL must start with http:// or https://, not " + url);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one record, not " + batchSize);
        }
        this.baseUrl = url.toString().replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.prefix = prefix;
        this.json = json;
        this.stats = stats;
        this.batchSize = batchSize;
        for (var table : SourceTable.values()) {
            queues.put(table, new LinkedBlockingQueue<>(QUEUE_CAPACITY));
        }
        sender.scheduleWithFixedDelay(this::drain, DRAIN_EVERY_MILLIS, DRAIN_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void send(EmulatorEvent event) {
        var key = Integer.toString(event.id());
        event.rows().forEach((table, row) -> {
            try {
                queues.get(table).put(new Pending(key, row));
                stats.sent(table);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stats.failed(table, "Interrupted before the record was queued for the REST proxy");
            }
        });
    }

    @Override
    public void flush() {
        try {
            sender.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Flushing to the REST proxy failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        flush();
        sender.shutdownNow();
    }

    /** Posts everything queued, a batch at a time; runs only on the sender thread. */
    private void drain() {
        for (var table : SourceTable.values()) {
            var batch = new ArrayList<Pending>(batchSize);
            while (queues.get(table).drainTo(batch, batchSize) > 0) {
                post(table, batch);
                batch.clear();
            }
        }
    }

    private void post(SourceTable table, List<Pending> batch) {
        try {
            var response = http.send(request(table, batch), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                failAll(table, batch.size(), "HTTP " + response.statusCode() + " from the REST proxy: " + shortBody(response.body()));
                return;
            }
            new ProxyAnswer(json.mapper()).account(response.body(), table, batch.size(), stats);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failAll(table, batch.size(), "Interrupted while posting to the REST proxy");
        } catch (Exception e) {
            failAll(table, batch.size(), "Cannot post to the REST proxy at " + baseUrl + ": " + KafkaSink.reason(e));
        }
    }

    private HttpRequest request(SourceTable table, List<Pending> batch) {
        var body = json.mapper().createObjectNode();
        var records = body.putArray("records");
        for (var pending : batch) {
            ObjectNode record = records.addObject();
            record.put("key", pending.key());
            record.set("value", json.mapper().valueToTree(pending.row()));
        }
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/topics/" + table.topic(prefix)))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", "application/vnd.kafka.v2+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        apiKey.ifPresent(key -> request.header(API_KEY_HEADER, key));
        return request.build();
    }

    private void failAll(SourceTable table, int count, String reason) {
        for (int i = 0; i < count; i++) {
            stats.failed(table, reason);
        }
    }

    private static String shortBody(String body) {
        var line = body == null ? "" : body.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.isEmpty() ? "(no body)" : line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
